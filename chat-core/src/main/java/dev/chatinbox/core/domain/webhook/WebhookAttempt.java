package dev.chatinbox.core.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One attempt to deliver.
 *
 * @param statusCode the answer's HTTP status (empty when no answer came: refused address, timeout,
 *     connection error)
 * @param error why it failed, in words (no secret, no body)
 * @param nextRetryAt when the next attempt was scheduled (empty: delivered or given up)
 */
public record WebhookAttempt(
    Instant attemptedAt,
    Optional<Integer> statusCode,
    Duration duration,
    Optional<String> error,
    Optional<Instant> nextRetryAt) {}
