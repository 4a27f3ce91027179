package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.webhook.WebhookAttempt;
import dev.chatinbox.core.domain.webhook.WebhookDelivery;
import dev.chatinbox.core.domain.webhook.WebhookEndpoint;
import dev.chatinbox.core.domain.webhook.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook endpoints, deliveries and attempts in plain SQL: reads through {@link SqlReads} (on the
 * transaction's connection when there is one), writes by JDBC on the transaction's connection.
 * Claiming uses {@code FOR UPDATE SKIP LOCKED} (as the outbox does), so two nodes never lease the
 * same endpoint.
 */
@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {
  private static final String ENDPOINT_COLUMNS =
      "id, url, description, event_types, enabled, disabled_reason, secret, previous_secret,"
          + " previous_secret_until, cursor_seq, next_attempt_at, failing_since, created_at,"
          + " updated_at";
  private static final String DELIVERY_COLUMNS =
      "id, endpoint_id, event_id, event_type, payload, state, attempts, next_attempt_at,"
          + " created_at, delivered_at";

  private EntityManager em;
  private SqlReads reads;

  protected JpaWebhookRepository() {}

  @Inject
  public JpaWebhookRepository(EntityManager em, SqlReads reads) {
    this.em = em;
    this.reads = reads;
  }

  @Override
  public void add(WebhookEndpoint e) {
    execute(
        "INSERT INTO webhook_endpoints (id, url, description, event_types, enabled,"
            + " disabled_reason, secret, previous_secret, previous_secret_until, cursor_seq,"
            + " next_attempt_at, failing_since, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.id(),
        e.url(),
        e.description().orElse(null),
        String.join(",", e.eventTypes()),
        e.enabled(),
        e.disabledReason().orElse(null),
        e.sealedSecret(),
        e.sealedPreviousSecret().orElse(null),
        time(e.previousSecretUntil()),
        e.cursor(),
        time(e.nextAttemptAt()),
        time(e.failingSince()),
        time(e.createdAt()),
        time(e.updatedAt()));
  }

  @Override
  public Optional<WebhookEndpoint> find(UUID id) {
    return endpoints(
            "SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoints WHERE id = ?1", List.of(id))
        .stream()
        .findFirst();
  }

  @Override
  public Optional<WebhookEndpoint> lock(UUID id) {
    return endpoints(
            "SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoints WHERE id = ?1 FOR UPDATE",
            List.of(id))
        .stream()
        .findFirst();
  }

  @Override
  public List<WebhookEndpoint> list(int limit) {
    return endpoints(
        "SELECT "
            + ENDPOINT_COLUMNS
            + " FROM webhook_endpoints ORDER BY created_at DESC, id DESC LIMIT ?1",
        List.of(limit));
  }

  @Override
  public List<WebhookEndpoint> enabled() {
    return endpoints(
        "SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoints WHERE enabled = TRUE", List.of());
  }

  @Override
  public void update(WebhookEndpoint e) {
    execute(
        "UPDATE webhook_endpoints SET url = ?, description = ?, event_types = ?, enabled = ?,"
            + " disabled_reason = ?, secret = ?, previous_secret = ?, previous_secret_until = ?,"
            + " cursor_seq = ?, next_attempt_at = ?, failing_since = ?, updated_at = ? WHERE id = ?",
        e.url(),
        e.description().orElse(null),
        String.join(",", e.eventTypes()),
        e.enabled(),
        e.disabledReason().orElse(null),
        e.sealedSecret(),
        e.sealedPreviousSecret().orElse(null),
        time(e.previousSecretUntil()),
        e.cursor(),
        time(e.nextAttemptAt()),
        time(e.failingSince()),
        time(e.updatedAt()),
        e.id());
  }

  @Override
  public boolean delete(UUID id) {
    return execute("DELETE FROM webhook_endpoints WHERE id = ?", id) == 1;
  }

  @Override
  public boolean advance(
      UUID endpointId, long from, long to, List<QueuedEvent> events, Instant now) {
    int moved =
        execute(
            "UPDATE webhook_endpoints SET cursor_seq = ?, next_attempt_at ="
                + (events.isEmpty() ? " next_attempt_at" : " COALESCE(next_attempt_at, ?)")
                + " WHERE id = ? AND cursor_seq = ? AND enabled = TRUE",
            events.isEmpty()
                ? new Object[] {to, endpointId, from}
                : new Object[] {to, time(now), endpointId, from});
    if (moved == 1) {
      insertDeliveries(endpointId, events, now);
    }
    return moved == 1;
  }

  @Override
  public List<Long> enqueue(UUID endpointId, List<QueuedEvent> events, Instant now) {
    List<Long> ids = insertDeliveries(endpointId, events, now);
    execute(
        "UPDATE webhook_endpoints SET next_attempt_at = COALESCE(next_attempt_at, ?) WHERE id = ?",
        time(now),
        endpointId);
    return ids;
  }

  /** One multi-row insert per chunk; the ids in the order given. */
  private List<Long> insertDeliveries(UUID endpointId, List<QueuedEvent> events, Instant now) {
    List<Long> ids = new ArrayList<>(events.size());
    int chunk = 200;
    for (int start = 0; start < events.size(); start += chunk) {
      List<QueuedEvent> part = events.subList(start, Math.min(events.size(), start + chunk));
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload, state,"
                  + " attempts, next_attempt_at, created_at) VALUES ");
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, 'pending', 0, ?, ?)");
        QueuedEvent event = part.get(i);
        values.addAll(
            Arrays.asList(
                endpointId,
                event.eventId(),
                event.eventType(),
                event.payload(),
                time(now),
                time(now)));
      }
      try (PreparedStatement insert =
          connection().prepareStatement(sql.toString(), new String[] {"id"})) {
        bind(insert, values.toArray());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          while (keys.next()) {
            ids.add(keys.getLong(1));
          }
        }
      } catch (SQLException e) {
        throw new PersistenceException("could not queue webhook deliveries", e);
      }
    }
    return ids;
  }

  @Override
  public List<UUID> claimDue(String owner, Instant now, Instant until, int limit) {
    List<UUID> ids =
        reads
            .rows(
                "SELECT id FROM webhook_endpoints WHERE enabled = TRUE AND next_attempt_at <= ?1"
                    + " AND (lease_until IS NULL OR lease_until < ?1)"
                    + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED",
                List.of(time(now), limit))
            .stream()
            .map(r -> NativeValues.uuid(r[0]))
            .toList();
    for (UUID id : ids) {
      execute(
          "UPDATE webhook_endpoints SET lease_owner = ?, lease_until = ? WHERE id = ?",
          owner,
          time(until),
          id);
    }
    return ids;
  }

  @Override
  public boolean renewLease(UUID endpointId, String owner, Instant until) {
    return execute(
            "UPDATE webhook_endpoints SET lease_until = ? WHERE id = ? AND lease_owner = ?",
            time(until),
            endpointId,
            owner)
        == 1;
  }

  @Override
  public void releaseLease(UUID endpointId, String owner) {
    execute(
        "UPDATE webhook_endpoints SET lease_owner = NULL, lease_until = NULL"
            + " WHERE id = ? AND lease_owner = ?",
        endpointId,
        owner);
  }

  @Override
  public int releaseLeasesOf(String owner) {
    return execute(
        "UPDATE webhook_endpoints SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?",
        owner);
  }

  @Override
  public Optional<WebhookDelivery> head(UUID endpointId) {
    return deliveryRows(
            "SELECT "
                + DELIVERY_COLUMNS
                + " FROM webhook_deliveries WHERE endpoint_id = ?1 AND state = 'pending'"
                + " ORDER BY id LIMIT 1",
            List.of(endpointId))
        .stream()
        .findFirst();
  }

  @Override
  public Optional<WebhookDelivery> delivery(UUID endpointId, long deliveryId) {
    return deliveryRows(
            "SELECT "
                + DELIVERY_COLUMNS
                + " FROM webhook_deliveries WHERE endpoint_id = ?1 AND id = ?2",
            List.of(endpointId, deliveryId))
        .stream()
        .findFirst()
        .map(d -> withAttempts(List.of(d)).get(0));
  }

  @Override
  public List<WebhookDelivery> deliveries(UUID endpointId, Optional<Long> before, int limit) {
    List<WebhookDelivery> page =
        deliveryRows(
            "SELECT "
                + DELIVERY_COLUMNS
                + " FROM webhook_deliveries WHERE endpoint_id = ?1 AND id < ?2"
                + " ORDER BY id DESC LIMIT ?3",
            List.of(endpointId, before.orElse(Long.MAX_VALUE), limit));
    return withAttempts(page);
  }

  private List<WebhookDelivery> withAttempts(List<WebhookDelivery> deliveries) {
    if (deliveries.isEmpty()) {
      return deliveries;
    }
    Map<Long, List<WebhookAttempt>> byDelivery = new LinkedHashMap<>();
    deliveries.forEach(d -> byDelivery.put(d.id(), new ArrayList<>()));
    List<Long> ids = List.copyOf(byDelivery.keySet());
    for (Object[] r :
        reads.rows(
            "SELECT delivery_id, attempted_at, status_code, duration_ms, error, next_retry_at"
                + " FROM webhook_attempts WHERE delivery_id IN ("
                + SqlReads.placeholders(ids.size())
                + ") ORDER BY id",
            ids)) {
      byDelivery
          .get(((Number) r[0]).longValue())
          .add(
              new WebhookAttempt(
                  NativeValues.instant(r[1]),
                  Optional.ofNullable(r[2]).map(v -> ((Number) v).intValue()),
                  Duration.ofMillis(((Number) r[3]).longValue()),
                  Optional.ofNullable(NativeValues.text(r[4])),
                  Optional.ofNullable(NativeValues.instant(r[5]))));
    }
    return deliveries.stream()
        .map(
            d ->
                new WebhookDelivery(
                    d.id(),
                    d.endpointId(),
                    d.eventId(),
                    d.eventType(),
                    d.payload(),
                    d.state(),
                    d.attemptsMade(),
                    d.nextAttemptAt(),
                    d.createdAt(),
                    d.deliveredAt(),
                    List.copyOf(byDelivery.get(d.id()))))
        .toList();
  }

  @Override
  public void recordAttempt(
      long deliveryId,
      WebhookAttempt attempt,
      WebhookDelivery.State state,
      Optional<Instant> nextAttemptAt) {
    execute(
        "INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, duration_ms, error,"
            + " next_retry_at) VALUES (?, ?, ?, ?, ?, ?)",
        deliveryId,
        time(attempt.attemptedAt()),
        attempt.statusCode().orElse(null),
        (int) Math.min(Integer.MAX_VALUE, attempt.duration().toMillis()),
        attempt.error().orElse(null),
        time(attempt.nextRetryAt()));
    execute(
        "UPDATE webhook_deliveries SET state = ?, attempts = attempts + 1, next_attempt_at = ?,"
            + " delivered_at = ? WHERE id = ?",
        state.wireName(),
        time(nextAttemptAt),
        state == WebhookDelivery.State.DELIVERED ? time(attempt.attemptedAt()) : null,
        deliveryId);
  }

  @Override
  public void reschedule(long deliveryId, Instant at) {
    execute(
        "UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ? AND state = 'pending'",
        time(at),
        deliveryId);
  }

  @Override
  public int pruneBefore(Instant time) {
    return execute(
        "DELETE FROM webhook_deliveries WHERE state <> 'pending' AND created_at < ?", time(time));
  }

  private List<WebhookEndpoint> endpoints(String sql, List<?> values) {
    List<WebhookEndpoint> endpoints = new ArrayList<>();
    for (Object[] r : reads.rows(sql, values)) {
      endpoints.add(
          new WebhookEndpoint(
              NativeValues.uuid(r[0]),
              NativeValues.text(r[1]),
              Optional.ofNullable(NativeValues.text(r[2])),
              List.of(NativeValues.text(r[3]).split(",")),
              NativeValues.bool(r[4]),
              Optional.ofNullable(NativeValues.text(r[5])),
              NativeValues.text(r[6]),
              Optional.ofNullable(NativeValues.text(r[7])),
              Optional.ofNullable(NativeValues.instant(r[8])),
              ((Number) r[9]).longValue(),
              Optional.ofNullable(NativeValues.instant(r[10])),
              Optional.ofNullable(NativeValues.instant(r[11])),
              NativeValues.instant(r[12]),
              NativeValues.instant(r[13])));
    }
    return endpoints;
  }

  private List<WebhookDelivery> deliveryRows(String sql, List<?> values) {
    List<WebhookDelivery> deliveries = new ArrayList<>();
    for (Object[] r : reads.rows(sql, values)) {
      deliveries.add(
          new WebhookDelivery(
              ((Number) r[0]).longValue(),
              NativeValues.uuid(r[1]),
              NativeValues.text(r[2]),
              NativeValues.text(r[3]),
              NativeValues.text(r[4]),
              WebhookDelivery.State.valueOf(NativeValues.text(r[5]).toUpperCase(Locale.ROOT)),
              ((Number) r[6]).intValue(),
              Optional.ofNullable(NativeValues.instant(r[7])),
              NativeValues.instant(r[8]),
              Optional.ofNullable(NativeValues.instant(r[9])),
              List.of()));
    }
    return deliveries;
  }

  /** The transaction's own connection (every write here runs in one). */
  private Connection connection() {
    if (!em.isJoinedToTransaction()) {
      em.joinTransaction();
    }
    return em.unwrap(Connection.class);
  }

  private int execute(String sql, Object... values) {
    try (PreparedStatement statement = connection().prepareStatement(sql)) {
      bind(statement, values);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("webhook write failed: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime time(Optional<Instant> instant) {
    return instant.map(JpaWebhookRepository::time).orElse(null);
  }
}
