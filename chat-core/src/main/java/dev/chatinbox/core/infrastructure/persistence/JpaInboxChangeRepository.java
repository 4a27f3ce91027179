package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.change.InboxChange;
import dev.chatinbox.core.domain.change.InboxChangeRepository;
import dev.chatinbox.core.domain.change.LoggedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The change log in table {@code change_log}, written with plain SQL.
 *
 * <p>Readers resume from "the last number I saw", so a number must never become visible after a
 * higher one. Identity values are drawn at insert, not at commit, so writers insert without a
 * number and {@link #sequencePending} numbers committed rows later, one batch at a time under the
 * lock of the single {@code change_log_head} row: a batch commits before the next can start, so
 * numbers follow commit order on every node. Writers take no lock at all.
 */
@ApplicationScoped
public class JpaInboxChangeRepository implements InboxChangeRepository {
  private EntityManager em;
  private NativeRows reads;

  protected JpaInboxChangeRepository() {}

  /** Reads through {@code em} too (tests that wire by hand). */
  public JpaInboxChangeRepository(EntityManager em) {
    this(em, NativeRows.of(em));
  }

  /**
   * Reads (a poll's changes, the head) through {@code reads}: inside a {@link
   * dev.chatinbox.core.application.view.Read} on its one connection, not on one more.
   */
  @Inject
  public JpaInboxChangeRepository(EntityManager em, SqlReads reads) {
    this(em, (NativeRows) reads);
  }

  private JpaInboxChangeRepository(EntityManager em, NativeRows reads) {
    this.em = em;
    this.reads = reads;
  }

  @Override
  public void append(InboxChange change) {
    appendAll(List.of(change));
  }

  @Override
  public void appendAll(List<InboxChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO change_log (event_type, conversation_id, contact_id, message_id,"
                + " occurred_at, recipient_id) VALUES ");
    for (int i = 0; i < changes.size(); i++) {
      int p = i * 6;
      sql.append(i == 0 ? "" : ", ")
          .append("(?")
          .append(p + 1)
          .append(", CAST(?")
          .append(p + 2)
          .append(" AS UUID), ?")
          .append(p + 3)
          .append(", CAST(?")
          .append(p + 4)
          .append(" AS UUID), ?")
          .append(p + 5)
          .append(", CAST(?")
          .append(p + 6)
          .append(" AS UUID))");
    }
    Query insert = em.createNativeQuery(sql.toString());
    for (int i = 0; i < changes.size(); i++) {
      InboxChange change = changes.get(i);
      int p = i * 6;
      insert
          .setParameter(p + 1, change.type().wireName())
          .setParameter(p + 2, change.conversationId().map(UUID::toString).orElse(null))
          .setParameter(p + 3, change.contactId())
          .setParameter(p + 4, change.messageId().map(UUID::toString).orElse(null))
          .setParameter(p + 5, change.occurredAt().atOffset(ZoneOffset.UTC))
          .setParameter(p + 6, change.recipientId().map(UUID::toString).orElse(null));
    }
    insert.executeUpdate();
  }

  @Override
  public int sequencePending(int limit) {
    if (em.createNativeQuery("SELECT 1 FROM change_log WHERE seq IS NULL LIMIT 1")
        .getResultList()
        .isEmpty()) {
      return 0; // nothing to number: no need to take the lock (every node asks several times a
      // second)
    }
    long last =
        ((Number)
                em.createNativeQuery("SELECT last_seq FROM change_log_head WHERE id = 1 FOR UPDATE")
                    .getSingleResult())
            .longValue();
    int numbered =
        DatabaseDialect.of(em) == DatabaseDialect.POSTGRESQL
            ? numberAtOnce(last, limit)
            : numberOneByOne(last, limit);
    if (numbered > 0) {
      em.createNativeQuery("UPDATE change_log_head SET last_seq = ?1 WHERE id = 1")
          .setParameter(1, last + numbered)
          .executeUpdate();
    }
    return numbered;
  }

  /** Numbers the oldest unnumbered rows after {@code last} with one statement (PostgreSQL). */
  private int numberAtOnce(long last, int limit) {
    return em.createNativeQuery(
            "UPDATE change_log c SET seq = ?1 + p.n FROM (SELECT id, row_number() OVER (ORDER BY"
                + " id) AS n FROM change_log WHERE seq IS NULL ORDER BY id LIMIT ?2) p"
                + " WHERE c.id = p.id")
        .setParameter(1, last)
        .setParameter(2, limit)
        .executeUpdate();
  }

  /** The same, a row at a time (the embedded database has no UPDATE … FROM). */
  private int numberOneByOne(long last, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> pending =
        em.createNativeQuery("SELECT id FROM change_log WHERE seq IS NULL ORDER BY id LIMIT ?1")
            .setParameter(1, limit)
            .getResultList();
    long seq = last;
    for (Object id : pending) {
      seq++;
      em.createNativeQuery("UPDATE change_log SET seq = ?1 WHERE id = ?2")
          .setParameter(1, seq)
          .setParameter(2, ((Number) id).longValue())
          .executeUpdate();
    }
    return pending.size();
  }

  @Override
  public List<LoggedChange> after(long sequence, int limit) {
    return read(
        reads.rows(
            "SELECT seq, event_type, conversation_id, contact_id, message_id, occurred_at,"
                + " recipient_id"
                + " FROM change_log WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            List.of(sequence, limit)));
  }

  @Override
  public List<LoggedChange> occurredAfter(Instant time, int limit) {
    return read(
        reads.rows(
            "SELECT seq, event_type, conversation_id, contact_id, message_id, occurred_at,"
                + " recipient_id"
                + " FROM change_log WHERE seq IS NOT NULL AND occurred_at > ?1 ORDER BY seq LIMIT ?2",
            List.of(time.atOffset(ZoneOffset.UTC), limit)));
  }

  @Override
  public long oldest() {
    Object oldest =
        reads.single("SELECT MIN(seq) FROM change_log WHERE seq IS NOT NULL", List.of());
    return oldest == null ? head() + 1 : ((Number) oldest).longValue();
  }

  @Override
  public long head() {
    return ((Number) reads.single("SELECT last_seq FROM change_log_head WHERE id = 1", List.of()))
        .longValue();
  }

  @Override
  public int pruneBefore(Instant time) {
    return em.createNativeQuery("DELETE FROM change_log WHERE seq IS NOT NULL AND occurred_at < ?1")
        .setParameter(1, time.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  private static List<LoggedChange> read(List<Object[]> rows) {
    List<LoggedChange> changes = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      changes.add(
          new LoggedChange(
              ((Number) r[0]).longValue(),
              new InboxChange(
                  ChangeType.ofWireName(NativeValues.text(r[1])),
                  Optional.ofNullable(r[2]).map(NativeValues::uuid),
                  NativeValues.uuid(r[3]),
                  Optional.ofNullable(r[4]).map(NativeValues::uuid),
                  NativeValues.instant(r[5]),
                  Optional.ofNullable(r[6]).map(NativeValues::uuid))));
    }
    return changes;
  }
}
