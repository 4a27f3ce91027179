package dev.chatinbox.core.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One event queued for one endpoint.
 *
 * @param eventId the {@code webhook-id}: the same on every attempt, retry and replay of the event
 * @param payload the body exactly as signed and sent
 * @param attemptsMade attempts made so far
 * @param attempts the attempts, oldest first (empty when not asked for)
 */
public record WebhookDelivery(
    long id,
    UUID endpointId,
    String eventId,
    String eventType,
    String payload,
    State state,
    int attemptsMade,
    Optional<Instant> nextAttemptAt,
    Instant createdAt,
    Optional<Instant> deliveredAt,
    List<WebhookAttempt> attempts) {

  /** Where a delivery stands. */
  public enum State {
    PENDING,
    DELIVERED,
    FAILED;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
