package dev.chatinbox.core.application.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter between carrier attempts: about 2 s, 4 s, 8 s … capped at 10
 * minutes, each ±30 %, so that many messages failing together do not retry together.
 */
final class RetryBackoff {
  /** Attempts before a transient failure becomes final (about an hour of trying). */
  static final int MAX_ATTEMPTS = 10;

  private static final Duration BASE = Duration.ofSeconds(2);
  private static final Duration CAP = Duration.ofMinutes(10);

  private RetryBackoff() {}

  /** The wait after the {@code attempt}-th failed attempt (1-based). */
  static Duration after(int attempt) {
    long exponential = BASE.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
    long capped = Math.min(exponential, CAP.toMillis());
    double jitter = 0.7 + ThreadLocalRandom.current().nextDouble() * 0.6;
    return Duration.ofMillis((long) (capped * jitter));
  }
}
