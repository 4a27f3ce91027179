package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.ConversationStatus;
import dev.chatinbox.core.domain.conversation.StatusChange;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
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
    ContactConditions.visibleConversationRow(where, visibility);
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
  public void flush() {
    em.flush();
  }

  @Override
  public void recordStatusChange(StatusChange change) {
    em.createNativeQuery(
            "INSERT INTO conversation_status_changes (id, conversation_id, from_status, to_status,"
                + " changed_at, changed_by, cause) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS UUID), ?7)")
        .setParameter(1, Ids.newId())
        .setParameter(2, change.conversationId())
        .setParameter(3, change.from().map(ConversationStatus::wireName).orElse(null))
        .setParameter(4, change.to().wireName())
        .setParameter(5, change.changedAt().atOffset(ZoneOffset.UTC))
        .setParameter(6, change.changedBy().map(UUID::toString).orElse(null))
        .setParameter(7, change.cause().wireName())
        .executeUpdate();
  }

  @Override
  public List<Conversation> claimDueSnoozes(Instant now, int limit) {
    // ix_conversations_snoozed_until (V12_1) holds only the snoozed rows
    Query query =
        em.createNativeQuery(
            "SELECT c.* FROM conversations c WHERE c.status = 'snoozed' AND c.snoozed_until <= ?1"
                + " ORDER BY c.snoozed_until LIMIT ?2 FOR UPDATE SKIP LOCKED",
            Conversation.class);
    query.setParameter(1, now.atOffset(ZoneOffset.UTC));
    query.setParameter(2, limit);
    return rows(query);
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
