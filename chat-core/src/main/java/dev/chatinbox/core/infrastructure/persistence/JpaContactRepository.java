package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.contact.Automation;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Contacts. Lists read each collection of the whole batch with one IN query (batch fetching). */
@ApplicationScoped
public class JpaContactRepository implements ContactRepository {
  private static final String BATCH = "eclipselink.batch";
  private static final List<String> DETAIL_COLLECTIONS =
      List.of(
          "c.emails", "c.phones", "c.tags", "c.followerIds", "c.dndChannels", "c.automationIds");

  private EntityManager em;

  protected JpaContactRepository() {}

  @Inject
  public JpaContactRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Contact> find(UUID id) {
    return Optional.ofNullable(em.find(Contact.class, id));
  }

  @Override
  public void store(Contact contact) {
    if (!em.contains(contact)) {
      em.persist(contact);
    }
  }

  @Override
  public List<Contact> findAllWithDetails(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    TypedQuery<Contact> query =
        em.createQuery("SELECT c FROM Contact c WHERE c.id IN :ids", Contact.class)
            .setParameter("ids", ids);
    query.setHint("eclipselink.batch.type", "IN");
    DETAIL_COLLECTIONS.forEach(path -> query.setHint(BATCH, path));
    // Collections load lazily, but the first access to one loads it for the whole result with
    // a single IN query (batch fetching), so a page costs one query per collection.
    return query.getResultList();
  }

  @Override
  public List<Automation> findAutomations(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT a FROM Automation a WHERE a.id IN :ids", Automation.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public void store(Automation automation) {
    if (!em.contains(automation)) {
      em.persist(automation);
    }
  }
}
