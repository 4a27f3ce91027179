package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import dev.chatinbox.core.domain.message.MessageEvent;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.message.ScheduledMessageCriteria;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages. History pages walk {@code ix_messages_history (conversation_id, occurred_at, id)};
 * scheduled sends walk the partial {@code ix_messages_scheduled*} indexes.
 */
@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {
  private EntityManager em;
  private PageTotals totals;

  protected JpaMessageRepository() {}

  @Inject
  public JpaMessageRepository(EntityManager em, PageTotals totals) {
    this.em = em;
    this.totals = totals;
  }

  @Override
  public Optional<Message> find(UUID id) {
    return Optional.ofNullable(em.find(Message.class, id));
  }

  @Override
  public List<Message> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT m FROM Message m WHERE m.id IN :ids", Message.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Page<Message> scheduled(
      ScheduledMessageCriteria criteria, Visibility visibility, PageRequest page) {
    // walks the partial indexes ix_messages_scheduled* (V6_1) in scheduled_at order
    SqlWhere where = new SqlWhere().and("m.scheduled_at IS NOT NULL");
    criteria.conversationId().ifPresent(id -> where.and("m.conversation_id = ?", id));
    criteria.status().ifPresent(status -> where.and("m.status = ?", status.wireName()));
    ContactConditions.visibleConversationRow(where, visibility);
    String from =
        visibility.restrictedTo().isPresent()
            ? " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                + " JOIN contacts ct ON ct.id = c.contact_id"
            : " FROM messages m";
    return NativePages.page(
        NativeRows.of(em),
        totals,
        new NativePages.ListQuery<>(
            NativePages.entities(em, Message.class),
            MappedColumns.select(em, Message.class, "m"),
            from,
            where,
            " ORDER BY m.scheduled_at, m.id"),
        page);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void store(Message message) {
    if (!em.contains(message)) {
      em.persist(message);
    }
  }

  @Override
  public List<MessageAttachment> attachmentsOf(Collection<UUID> messageIds) {
    if (messageIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM MessageAttachment a WHERE a.messageId IN :ids ORDER BY a.filename",
            MessageAttachment.class)
        .setParameter("ids", messageIds)
        .getResultList();
  }

  @Override
  public Optional<Message> findByCarrierId(String carrierMessageId) {
    return em
        .createQuery("SELECT m FROM Message m WHERE m.carrierMessageId = :id", Message.class)
        .setParameter("id", carrierMessageId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Message> findByCarrierIdForUpdate(String carrier, String carrierMessageId) {
    // one statement, SELECT … FOR UPDATE without a row limit (H2 cannot combine the two): the
    // unique index on (carrier_message_id, carrier) allows one row at most
    return em
        .createQuery(
            "SELECT m FROM Message m WHERE m.carrierMessageId = :id AND m.carrier = :carrier",
            Message.class)
        .setParameter("id", carrierMessageId)
        .setParameter("carrier", carrier)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<Message> findByCarrierIdsForUpdate(
      String carrier, java.util.Collection<String> carrierMessageIds) {
    if (carrierMessageIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM Message m WHERE m.carrier = :carrier AND m.carrierMessageId IN :ids"
                + " ORDER BY m.id",
            Message.class)
        .setParameter("carrier", carrier)
        .setParameter("ids", List.copyOf(carrierMessageIds))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<Message> awaitingStatus(
      String carrier,
      Instant acceptedAfter,
      Instant acceptedBefore,
      Instant checkedBefore,
      int maxChecks,
      int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM messages WHERE status = 'sent' AND carrier_message_id IS NOT NULL"
                    + " AND NOT sandbox AND sent_at > ?1 AND sent_at < ?2 AND status_checks < ?3"
                    + " AND (status_checked_at IS NULL OR status_checked_at < ?4)"
                    + " AND carrier = ?6 ORDER BY sent_at LIMIT ?5")
            .setParameter(1, acceptedAfter.atOffset(ZoneOffset.UTC))
            .setParameter(2, acceptedBefore.atOffset(ZoneOffset.UTC))
            .setParameter(3, maxChecks)
            .setParameter(4, checkedBefore.atOffset(ZoneOffset.UTC))
            .setParameter(5, limit)
            .setParameter(6, carrier)
            .getResultList();
    return findAll(ids.stream().map(id -> UUID.fromString(id.toString())).toList());
  }

  @Override
  public boolean claimStatusCheck(UUID messageId, Instant now, Instant checkedBefore) {
    return em.createNativeQuery(
                "UPDATE messages SET status_checked_at = ?1, status_checks = status_checks + 1"
                    + " WHERE id = ?2 AND (status_checked_at IS NULL OR status_checked_at < ?3)")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, messageId)
            .setParameter(3, checkedBefore.atOffset(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  @Override
  public void store(MessageEvent event) {
    em.persist(event);
  }

  @Override
  public java.util.Set<String> recordedEvents(
      String source, java.util.Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        em.createQuery(
                "SELECT e.eventId FROM MessageEvent e WHERE e.source = :source AND e.eventId IN"
                    + " :ids",
                String.class)
            .setParameter("source", source)
            .setParameter("ids", List.copyOf(eventIds))
            .getResultList());
  }

  @Override
  public Optional<Message> lastInbound(UUID conversationId) {
    // the newest inbound message itself (walks ix_messages_history)
    return em
        .createQuery(
            "SELECT m FROM Message m WHERE m.conversationId = :c AND m.senderType = :contact"
                + " ORDER BY m.occurredAt DESC",
            Message.class)
        .setParameter("c", conversationId)
        .setParameter("contact", dev.chatinbox.core.domain.message.SenderType.CONTACT)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void storeContent(UUID attachmentId, byte[] content) {
    em.createNativeQuery("INSERT INTO attachment_contents (attachment_id, content) VALUES (?1, ?2)")
        .setParameter(1, attachmentId)
        .setParameter(2, content)
        .executeUpdate();
  }

  @Override
  public Optional<byte[]> content(UUID attachmentId) {
    @SuppressWarnings("unchecked")
    List<byte[]> rows =
        em.createNativeQuery("SELECT content FROM attachment_contents WHERE attachment_id = ?1")
            .setParameter(1, attachmentId)
            .getResultList();
    return rows.stream().findFirst();
  }

  @Override
  public void store(MessageAttachment attachment) {
    if (!em.contains(attachment)) {
      em.persist(attachment);
    }
  }
}
