package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Conversations as entities, for the use cases that change them. The list and the search are read
 * models: {@link SqlConversationCards}, {@link SqlConversationSearch}.
 */
@ApplicationScoped
public class JpaConversationRepository implements ConversationRepository {
  private EntityManager em;

  protected JpaConversationRepository() {}

  @Inject
  public JpaConversationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Conversation> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT c FROM Conversation c WHERE c.id IN :ids", Conversation.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Optional<Conversation> lock(UUID id) {
    return Optional.ofNullable(em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Conversation> lockVisible(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("c.id = ?", id);
    ContactConditions.visibleConversation(where, visibility);
    Query query =
        em.createNativeQuery(
            "SELECT c.* FROM conversations c" + where.render() + " FOR UPDATE", Conversation.class);
    where.bind(query);
    return single(query);
  }

  @Override
  public Optional<Conversation> find(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("c.id = ?", id);
    ContactConditions.visible(where, visibility);
    String join =
        visibility.restrictedTo().isPresent() ? " JOIN contacts ct ON ct.id = c.contact_id" : "";
    Query query =
        em.createNativeQuery(
            "SELECT c.* FROM conversations c" + join + where.render(), Conversation.class);
    where.bind(query);
    return single(query);
  }

  @Override
  public List<Conversation> ofContact(UUID contactId) {
    return em.createQuery(
            "SELECT c FROM Conversation c WHERE c.contactId = :contact ORDER BY c.channel",
            Conversation.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  @Override
  public Optional<Conversation> findByContactAndChannel(UUID contactId, Channel channel) {
    return em
        .createQuery(
            "SELECT c FROM Conversation c WHERE c.contactId = :contact AND c.channel = :channel",
            Conversation.class)
        .setParameter("contact", contactId)
        .setParameter("channel", channel)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void store(Conversation conversation) {
    if (!em.contains(conversation)) {
      em.persist(conversation); // loaded conversations are managed: changes flush at commit
    }
  }

  @Override
  public void delete(Conversation conversation) {
    Conversation managed = em.contains(conversation) ? conversation : em.merge(conversation);
    em.remove(managed);
  }

  private static Optional<Conversation> single(Query query) {
    return rows(query).stream().findFirst();
  }

  @SuppressWarnings("unchecked")
  private static List<Conversation> rows(Query query) {
    return query.getResultList();
  }
}
