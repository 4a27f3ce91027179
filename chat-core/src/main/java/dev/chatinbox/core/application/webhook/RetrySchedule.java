package dev.chatinbox.core.application.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then every 10 h (the
 * Standard Webhooks example schedule, README "Webhooks"), each ±20 % so that endpoints failing
 * together do not retry together; an answer's {@code Retry-After} (429, 503) wins when it is asked
 * for, exactly (capped at a day). After {@link WebhookSettings#giveUpAfter} of failures the
 * endpoint is disabled.
 */
public final class RetrySchedule {
  static final List<Duration> DELAYS =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(5),
          Duration.ofHours(10));
  static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

  private final double scale;

  public RetrySchedule(double scale) {
    this.scale = scale;
  }

  /** The wait after the {@code failures}-th failed attempt in a row (1-based). */
  public Duration after(int failures, Optional<Duration> retryAfter) {
    Duration base = DELAYS.get(Math.min(Math.max(failures, 1), DELAYS.size()) - 1);
    double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
    Duration scheduled = Duration.ofMillis(Math.max(1, (long) (base.toMillis() * scale * jitter)));
    return retryAfter
        .map(asked -> asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked)
        .orElse(scheduled);
  }
}
