package dev.chatinbox.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes the container-managed, transaction-scoped entity manager injectable by constructor. */
@ApplicationScoped
public class EntityManagerProducer {
  /** Name of the persistence unit in META-INF/persistence.xml. */
  public static final String UNIT = "chat";

  @Produces
  @PersistenceContext(unitName = UNIT)
  private EntityManager entityManager;
}
