package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.spi.SendCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Send counters in table {@code send_counters} (V8), one row per scope and period.
 *
 * <p>On PostgreSQL one statement: an upsert that returns the new count, in a transaction whose
 * commit does not wait for the WAL flush ({@code synchronous_commit} off for it alone). Every send
 * of a user goes through the same row, so its lock is held from the update to the commit: the
 * shorter the better (it was three statements and a flushed commit; measured alone, this change
 * made no difference to B3 — bench/CAUSES.md). A crash may forget the last few counts of a rate
 * limit, never a message. On the embedded database: an UPDATE that takes the row lock, an INSERT
 * when the period's row does not exist yet (a racing node's INSERT wins, ours then updates), then
 * the count read back.
 */
@ApplicationScoped
public class SqlSendCounters implements SendCounters {
  private static final String UPSERT =
      "WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true)),"
          + " counted AS (INSERT INTO send_counters (scope, period_start, sends) VALUES (?1, ?2, 1)"
          + " ON CONFLICT (scope, period_start) DO UPDATE SET sends = send_counters.sends + 1"
          + " RETURNING sends)"
          + " SELECT counted.sends FROM counted, relaxed";

  private EntityManager em;
  private volatile DatabaseDialect dialect;

  protected SqlSendCounters() {}

  @Inject
  public SqlSendCounters(EntityManager em) {
    this.em = em;
  }

  @Override
  public int increment(String scope, Instant periodStart) {
    OffsetDateTime period = periodStart.atOffset(ZoneOffset.UTC);
    if (dialect() == DatabaseDialect.POSTGRESQL) {
      return ((Number)
              em.createNativeQuery(UPSERT)
                  .setParameter(1, scope)
                  .setParameter(2, period)
                  .getSingleResult())
          .intValue();
    }
    if (add(scope, period) == 0) {
      int inserted =
          em.createNativeQuery(
                  "INSERT INTO send_counters (scope, period_start, sends) VALUES (?1, ?2, 1)"
                      + " ON CONFLICT DO NOTHING")
              .setParameter(1, scope)
              .setParameter(2, period)
              .executeUpdate();
      if (inserted == 0) {
        add(scope, period);
      }
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT sends FROM send_counters WHERE scope = ?1 AND period_start = ?2")
                .setParameter(1, scope)
                .setParameter(2, period)
                .getSingleResult())
        .intValue();
  }

  private DatabaseDialect dialect() {
    DatabaseDialect known = dialect;
    if (known == null) {
      known = DatabaseDialect.of(em);
      dialect = known;
    }
    return known;
  }

  private int add(String scope, OffsetDateTime period) {
    return em.createNativeQuery(
            "UPDATE send_counters SET sends = sends + 1 WHERE scope = ?1 AND period_start = ?2")
        .setParameter(1, scope)
        .setParameter(2, period)
        .executeUpdate();
  }

  @Override
  public int pruneBefore(Instant time) {
    return em.createNativeQuery("DELETE FROM send_counters WHERE period_start < ?1")
        .setParameter(1, time.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
