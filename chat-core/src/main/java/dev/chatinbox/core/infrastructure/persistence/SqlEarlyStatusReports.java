package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.spi.carrier.EarlyStatusReports;
import dev.chatinbox.core.spi.carrier.StatusReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Early status reports in table {@code early_status_reports} (V8), written with plain SQL. */
@ApplicationScoped
public class SqlEarlyStatusReports implements EarlyStatusReports {
  private EntityManager em;

  protected SqlEarlyStatusReports() {}

  @Inject
  public SqlEarlyStatusReports(EntityManager em) {
    this.em = em;
  }

  @Override
  public void lock(String carrier, String carrierMessageId) {
    if (DatabaseDialect.of(em) == DatabaseDialect.POSTGRESQL) {
      em.createNativeQuery(
              "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
          .setParameter(1, "carrier-id:" + carrier + ":" + carrierMessageId)
          .getSingleResult();
    }
  }

  @Override
  public boolean keep(StatusReport report, Instant receivedAt, Instant expiresAt, int max) {
    em.createNativeQuery("DELETE FROM early_status_reports WHERE expires_at < ?1")
        .setParameter(1, receivedAt.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    long kept =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM early_status_reports").getSingleResult())
            .longValue();
    if (kept >= max) {
      return false;
    }
    em.createNativeQuery(
            "INSERT INTO early_status_reports (carrier, carrier_message_id, raw_status, status,"
                + " error_code, error_message, event_id, consent_withdrawn, received_at,"
                + " expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, report.carrier())
        .setParameter(2, report.carrierMessageId())
        .setParameter(3, report.rawStatus())
        .setParameter(4, report.status().map(MessageStatus::wireName).orElse(null))
        .setParameter(5, report.errorCode().orElse(null))
        .setParameter(6, report.errorMessage().orElse(null))
        .setParameter(7, report.eventId().orElse(null))
        .setParameter(8, report.consentWithdrawn())
        .setParameter(9, receivedAt.atOffset(ZoneOffset.UTC))
        .setParameter(10, expiresAt.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return true;
  }

  @Override
  public List<StatusReport> take(String carrier, String carrierMessageId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, raw_status, status, error_code, error_message, event_id,"
                    + " consent_withdrawn FROM early_status_reports WHERE carrier = ?1 AND"
                    + " carrier_message_id = ?2 ORDER BY id")
            .setParameter(1, carrier)
            .setParameter(2, carrierMessageId)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    em.createNativeQuery(
            "DELETE FROM early_status_reports WHERE carrier = ?1 AND carrier_message_id = ?2")
        .setParameter(1, carrier)
        .setParameter(2, carrierMessageId)
        .executeUpdate();
    return rows.stream()
        .map(
            r ->
                new StatusReport(
                    carrier,
                    carrierMessageId,
                    (String) r[1],
                    Optional.ofNullable((String) r[2]).flatMap(MessageStatus::fromWireName),
                    Optional.ofNullable((String) r[3]),
                    Optional.ofNullable((String) r[4]),
                    Optional.ofNullable((String) r[5]),
                    Boolean.TRUE.equals(r[6])))
        .toList();
  }
}
