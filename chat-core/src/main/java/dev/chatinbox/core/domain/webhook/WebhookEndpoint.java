package dev.chatinbox.core.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A subscribed endpoint as stored (secrets still sealed).
 *
 * @param eventTypes the event types it receives; {@code *} alone means every type
 * @param cursor the last change-log position already queued for it
 * @param nextAttemptAt when its oldest pending delivery is due (empty: nothing pending)
 * @param failingSince when its current run of failed attempts began
 */
public record WebhookEndpoint(
    UUID id,
    String url,
    Optional<String> description,
    List<String> eventTypes,
    boolean enabled,
    Optional<String> disabledReason,
    String sealedSecret,
    Optional<String> sealedPreviousSecret,
    Optional<Instant> previousSecretUntil,
    long cursor,
    Optional<Instant> nextAttemptAt,
    Optional<Instant> failingSince,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether events of {@code type} go to this endpoint. */
  public boolean wants(String type) {
    return eventTypes.contains(EventTypes.ALL) || eventTypes.contains(type);
  }
}
