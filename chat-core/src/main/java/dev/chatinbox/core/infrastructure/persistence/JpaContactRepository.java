package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.contact.Automation;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
  private PageTotals totals;

  protected JpaContactRepository() {}

  @Inject
  public JpaContactRepository(EntityManager em, PageTotals totals) {
    this.em = em;
    this.totals = totals;
  }

  @Override
  public Optional<Contact> find(UUID id) {
    return Optional.ofNullable(em.find(Contact.class, id));
  }

  @Override
  public Optional<Contact> find(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("ct.id = ?", id);
    ContactConditions.visible(where, visibility);
    Query query =
        em.createNativeQuery("SELECT ct.* FROM contacts ct" + where.render(), Contact.class);
    where.bind(query);
    @SuppressWarnings("unchecked")
    List<Contact> rows = query.getResultList();
    return rows.stream().findFirst();
  }

  @Override
  public Page<Contact> search(Optional<String> text, Visibility visibility, PageRequest page) {
    SqlWhere where = new SqlWhere();
    ContactConditions.visible(where, visibility);
    text.ifPresent(t -> ContactConditions.containsText(where, t));
    return NativePages.page(
        NativeRows.of(em),
        totals,
        new NativePages.ListQuery<>(
            NativePages.entities(em, Contact.class),
            "SELECT ct.*",
            " FROM contacts ct",
            where,
            " ORDER BY ct.full_name, ct.id"),
        page);
  }

  @Override
  public void store(Contact contact) {
    if (!em.contains(contact)) {
      em.persist(contact);
    }
  }

  @Override
  public void delete(Contact contact) {
    em.remove(em.contains(contact) ? contact : em.merge(contact));
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
  public void lockAddress(String address) {
    if (DatabaseDialect.of(em) == DatabaseDialect.POSTGRESQL) {
      em.createNativeQuery(
              "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
          .setParameter(1, "contact-address:" + address)
          .getSingleResult();
    }
  }

  @Override
  public Optional<Contact> findByPhone(String e164) {
    return em
        .createQuery(
            "SELECT p.contact FROM ContactPhone p WHERE p.phone = :phone"
                + " ORDER BY p.contact.createdAt, p.contact.id",
            Contact.class)
        .setParameter("phone", e164)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Contact> findByEmail(String normalisedEmail) {
    return em
        .createQuery(
            "SELECT e.contact FROM ContactEmail e WHERE e.email = :email"
                + " ORDER BY e.contact.createdAt, e.contact.id",
            Contact.class)
        .setParameter("email", normalisedEmail)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void store(Automation automation) {
    if (!em.contains(automation)) {
      em.persist(automation);
    }
  }
}
