package dev.chatinbox.sdk.model;

import java.util.List;
import java.util.Optional;

/**
 * One event queued for an endpoint, with its attempts.
 *
 * @param state {@code pending}, {@code delivered} or {@code failed}
 */
public record WebhookDelivery(
    long id,
    String eventId,
    String eventType,
    String state,
    int attempts,
    Optional<String> nextAttemptAt,
    List<Attempt> attemptLog) {

  /** One attempt: the answer's status (none when no answer came), how long, what went wrong. */
  public record Attempt(
      String attemptedAt, Optional<Integer> statusCode, long durationMs, Optional<String> error) {}
}
