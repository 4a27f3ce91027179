package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.spi.SendCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Send counters in table {@code send_counters} (V8), one row per scope and period: an UPDATE that
 * takes the row lock, an INSERT when the period's row does not exist yet (a racing node's INSERT
 * wins, ours then updates), then the count read back.
 */
@ApplicationScoped
public class SqlSendCounters implements SendCounters {
  private EntityManager em;

  protected SqlSendCounters() {}

  @Inject
  public SqlSendCounters(EntityManager em) {
    this.em = em;
  }

  @Override
  public int increment(String scope, Instant periodStart) {
    OffsetDateTime period = periodStart.atOffset(ZoneOffset.UTC);
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
