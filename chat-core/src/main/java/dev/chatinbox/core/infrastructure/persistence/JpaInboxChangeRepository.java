package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.change.InboxChange;
import dev.chatinbox.core.domain.change.InboxChangeRepository;
import dev.chatinbox.core.domain.change.LoggedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The change log in table {@code change_log}, written with plain SQL.
 *
 * <p>Why the care: readers resume from "the last sequence number I saw", so a number must never
 * become visible after a higher one. Identity values are handed out at insert, not at commit, so
 * two transactions could commit out of order. Appends are therefore buffered and written at the end
 * of the transaction (a JTA synchronization's {@code beforeCompletion}, after everything else is
 * flushed), under the lock of the single {@code change_log_head} row: the transaction that takes
 * the lock commits before the next one can draw a number. The lock is held only for the inserts and
 * the commit. Outside JTA (tests, tools) an append is written at once under the same lock.
 */
@ApplicationScoped
public class JpaInboxChangeRepository implements InboxChangeRepository {
  private static final String PENDING = JpaInboxChangeRepository.class.getName() + ".pending";

  private EntityManager em;
  private volatile Optional<TransactionSynchronizationRegistry> registry;

  protected JpaInboxChangeRepository() {}

  @Inject
  public JpaInboxChangeRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void append(InboxChange change) {
    Optional<TransactionSynchronizationRegistry> tsr = registry();
    if (tsr.isEmpty() || tsr.get().getTransactionStatus() != Status.STATUS_ACTIVE) {
      write(List.of(change));
      return;
    }
    @SuppressWarnings("unchecked")
    List<InboxChange> pending = (List<InboxChange>) tsr.get().getResource(PENDING);
    if (pending == null) {
      List<InboxChange> batch = new ArrayList<>();
      tsr.get().putResource(PENDING, batch);
      tsr.get()
          .registerInterposedSynchronization(
              new Synchronization() {
                @Override
                public void beforeCompletion() {
                  write(batch);
                }

                @Override
                public void afterCompletion(int status) {
                  // nothing: the rows share the transaction's fate
                }
              });
      pending = batch;
    }
    pending.add(change);
  }

  private void write(List<InboxChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    em.flush(); // the transaction's own changes first: after the lock, only the log rows remain
    em.createNativeQuery("SELECT id FROM change_log_head WHERE id = 1 FOR UPDATE").getResultList();
    for (InboxChange change : changes) {
      em.createNativeQuery(
              "INSERT INTO change_log (event_type, conversation_id, contact_id, message_id,"
                  + " occurred_at) VALUES (?1, ?2, ?3, CAST(?4 AS UUID), ?5)")
          .setParameter(1, change.type().wireName())
          .setParameter(2, change.conversationId())
          .setParameter(3, change.contactId())
          .setParameter(4, change.messageId().map(UUID::toString).orElse(null))
          .setParameter(5, change.occurredAt().atOffset(ZoneOffset.UTC))
          .executeUpdate();
    }
  }

  @Override
  public List<LoggedChange> after(long sequence, int limit) {
    return read(
        em.createNativeQuery(
                "SELECT seq, event_type, conversation_id, contact_id, message_id, occurred_at"
                    + " FROM change_log WHERE seq > ?1 ORDER BY seq LIMIT ?2")
            .setParameter(1, sequence)
            .setParameter(2, limit)
            .getResultList());
  }

  @Override
  public List<LoggedChange> occurredAfter(Instant time, int limit) {
    return read(
        em.createNativeQuery(
                "SELECT seq, event_type, conversation_id, contact_id, message_id, occurred_at"
                    + " FROM change_log WHERE occurred_at > ?1 ORDER BY seq LIMIT ?2")
            .setParameter(1, time.atOffset(ZoneOffset.UTC))
            .setParameter(2, limit)
            .getResultList());
  }

  @Override
  public long head() {
    Object max = em.createNativeQuery("SELECT MAX(seq) FROM change_log").getSingleResult();
    return max == null ? 0 : ((Number) max).longValue();
  }

  @Override
  public int pruneBefore(Instant time) {
    return em.createNativeQuery("DELETE FROM change_log WHERE occurred_at < ?1")
        .setParameter(1, time.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @SuppressWarnings("rawtypes")
  private static List<LoggedChange> read(List rows) {
    List<LoggedChange> changes = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      changes.add(
          new LoggedChange(
              ((Number) r[0]).longValue(),
              new InboxChange(
                  ChangeType.ofWireName((String) r[1]),
                  uuid(r[2]),
                  uuid(r[3]),
                  Optional.ofNullable(r[4]).map(JpaInboxChangeRepository::uuid),
                  instant(r[5]))));
    }
    return changes;
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime t) {
      return t.toInstant();
    }
    return OffsetDateTime.parse(value.toString()).toInstant();
  }

  private Optional<TransactionSynchronizationRegistry> registry() {
    Optional<TransactionSynchronizationRegistry> known = registry;
    if (known == null) {
      try {
        known =
            Optional.of(
                (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry"));
      } catch (NamingException | RuntimeException e) {
        known = Optional.empty(); // no JTA here (tests, tools)
      }
      registry = known;
    }
    return known;
  }
}
