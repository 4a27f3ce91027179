package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.change.InboxChange;
import dev.chatinbox.core.domain.change.InboxChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The change log in table {@code change_log}. */
@ApplicationScoped
public class JpaInboxChangeRepository implements InboxChangeRepository {
  private EntityManager em;

  protected JpaInboxChangeRepository() {}

  @Inject
  public JpaInboxChangeRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void append(InboxChange change) {
    em.persist(change);
  }
}
