package dev.chatinbox.core.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How webhooks are delivered ({@code chat.webhooks.*}, env {@code CHAT_WEBHOOKS_*}). Durations are
 * ISO-8601 ({@code PT15S}) or milliseconds.
 */
@ApplicationScoped
public class WebhookSettings {
  public static final String ALLOW_PRIVATE = "chat.webhooks.allow-private";
  public static final String WORKERS = "chat.webhooks.workers";
  public static final String TIMEOUT = "chat.webhooks.timeout";
  public static final String LEASE = "chat.webhooks.lease";
  public static final String POLL_INTERVAL = "chat.webhooks.poll-interval";
  public static final String BACKOFF_SCALE = "chat.webhooks.backoff-scale";
  public static final String GIVE_UP_AFTER = "chat.webhooks.give-up-after";

  private final boolean allowPrivate;
  private final int workers;
  private final Duration timeout;
  private final Duration lease;
  private final Duration pollInterval;
  private final double backoffScale;
  private final Duration giveUpAfter;

  /** Defaults (production). */
  public WebhookSettings() {
    this(false, 8, Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMillis(500), 1, null);
  }

  @Inject
  public WebhookSettings(
      @ConfigProperty(name = ALLOW_PRIVATE, defaultValue = "false") boolean allowPrivate,
      @ConfigProperty(name = WORKERS, defaultValue = "8") int workers,
      @ConfigProperty(name = TIMEOUT) Optional<String> timeout,
      @ConfigProperty(name = LEASE) Optional<String> lease,
      @ConfigProperty(name = POLL_INTERVAL) Optional<String> pollInterval,
      @ConfigProperty(name = BACKOFF_SCALE, defaultValue = "1") double backoffScale,
      @ConfigProperty(name = GIVE_UP_AFTER) Optional<String> giveUpAfter) {
    this(
        allowPrivate,
        workers,
        duration(TIMEOUT, timeout, Duration.ofSeconds(15)),
        duration(LEASE, lease, Duration.ofSeconds(30)),
        duration(POLL_INTERVAL, pollInterval, Duration.ofMillis(500)),
        backoffScale,
        duration(GIVE_UP_AFTER, giveUpAfter, Duration.ofDays(3)));
  }

  public WebhookSettings(
      boolean allowPrivate,
      int workers,
      Duration timeout,
      Duration lease,
      Duration pollInterval,
      double backoffScale,
      Duration giveUpAfter) {
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException(WORKERS + " must be 1..64");
    }
    if (lease.compareTo(timeout.plusSeconds(5)) < 0) {
      throw new IllegalArgumentException(LEASE + " must exceed " + TIMEOUT + " by 5 s at least");
    }
    if (!(backoffScale > 0 && backoffScale <= 1)) {
      throw new IllegalArgumentException(BACKOFF_SCALE + " must be in (0, 1]");
    }
    this.allowPrivate = allowPrivate;
    this.workers = workers;
    this.timeout = timeout;
    this.lease = lease;
    this.pollInterval = pollInterval;
    this.backoffScale = backoffScale;
    this.giveUpAfter = giveUpAfter == null ? Duration.ofDays(3) : giveUpAfter;
  }

  /** Development and tests only: http and loopback/private targets (never link-local/metadata). */
  public boolean allowPrivate() {
    return allowPrivate;
  }

  /** Deliveries a node makes at once (each endpoint uses at most one). */
  public int workers() {
    return workers;
  }

  /** Connect, send and answer, all within this (15 s). */
  public Duration timeout() {
    return timeout;
  }

  /** How long a node holds an endpoint between renewals; a crashed node's lease runs out. */
  public Duration lease() {
    return lease;
  }

  public Duration pollInterval() {
    return pollInterval;
  }

  /** Multiplies the retry schedule (1 in production; tests shorten it). */
  public double backoffScale() {
    return backoffScale;
  }

  /** After failing this long, an endpoint is disabled (3 days). */
  public Duration giveUpAfter() {
    return giveUpAfter;
  }

  private static Duration duration(String key, Optional<String> raw, Duration fallback) {
    if (raw.isEmpty() || raw.get().isBlank()) {
      return fallback;
    }
    String value = raw.get().strip();
    try {
      return value.chars().allMatch(Character::isDigit)
          ? Duration.ofMillis(Long.parseLong(value))
          : Duration.parse(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(key + " is not a duration: " + value, e);
    }
  }
}
