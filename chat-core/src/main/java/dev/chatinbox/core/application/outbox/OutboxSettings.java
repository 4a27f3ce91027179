package dev.chatinbox.core.application.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the outbox paces its own work ({@code chat.outbox.*}). Each value is a number of milliseconds
 * or an ISO-8601 duration ({@code PT1S}); a bad value stops the start with the key's name.
 */
@ApplicationScoped
public class OutboxSettings {
  public static final String POLL_INTERVAL = "chat.outbox.poll-interval";
  public static final String RECONCILE_DELAY = "chat.outbox.reconcile-delay";
  public static final String LEASE = "chat.outbox.lease";
  public static final String CONCURRENCY = "chat.outbox.concurrency";

  /**
   * Carrier calls a node makes at once: below the carrier adapters' bulkheads (10), enough that a
   * slow carrier answer does not hold up the rest of a round.
   */
  public static final int DEFAULT_CONCURRENCY = 8;

  /** A round every second catches scheduled messages, retries and what a crash left behind. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

  /**
   * How long after an uncertain attempt (timeout, broken connection) the carrier is asked whether
   * it took the message: long enough for a request still being processed to show in its lists.
   */
  public static final Duration DEFAULT_RECONCILE_DELAY = Duration.ofSeconds(30);

  /**
   * How long a claimed entry may stay in a carrier call before it counts as cut short by a crash;
   * must stay above the longest call (the carriers' fault-tolerance timeouts, 30 s and 120 s).
   */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(3);

  private Duration pollInterval;
  private Duration reconcileDelay;
  private Duration lease;
  private int concurrency;

  protected OutboxSettings() {}

  @Inject
  public OutboxSettings(
      @ConfigProperty(name = POLL_INTERVAL) Optional<String> pollInterval,
      @ConfigProperty(name = RECONCILE_DELAY) Optional<String> reconcileDelay,
      @ConfigProperty(name = LEASE) Optional<String> lease,
      @ConfigProperty(name = CONCURRENCY) Optional<Integer> concurrency) {
    this(
        duration(POLL_INTERVAL, pollInterval, DEFAULT_POLL_INTERVAL),
        duration(RECONCILE_DELAY, reconcileDelay, DEFAULT_RECONCILE_DELAY),
        duration(LEASE, lease, DEFAULT_LEASE),
        concurrency.orElse(DEFAULT_CONCURRENCY));
  }

  /** Settings given directly (tests, tools); calls one at a time. */
  public OutboxSettings(Duration pollInterval, Duration reconcileDelay, Duration lease) {
    this(pollInterval, reconcileDelay, lease, 1);
  }

  /** Settings given directly (tests, tools). */
  public OutboxSettings(
      Duration pollInterval, Duration reconcileDelay, Duration lease, int concurrency) {
    if (concurrency < 1 || concurrency > 256) {
      throw new IllegalArgumentException(CONCURRENCY + " must be between 1 and 256");
    }
    this.pollInterval = pollInterval;
    this.reconcileDelay = reconcileDelay;
    this.lease = lease;
    this.concurrency = concurrency;
  }

  /** The defaults. */
  public static OutboxSettings defaults() {
    return new OutboxSettings(DEFAULT_POLL_INTERVAL, DEFAULT_RECONCILE_DELAY, DEFAULT_LEASE);
  }

  /** Time between two polling rounds of the dispatcher. */
  public Duration pollInterval() {
    return pollInterval;
  }

  /** Wait after an uncertain attempt before reconciling with the carrier. */
  public Duration reconcileDelay() {
    return reconcileDelay;
  }

  /** How long a claimed entry is kept from other dispatchers during its carrier call. */
  public Duration lease() {
    return lease;
  }

  /** Carrier calls a node makes at once. */
  public int concurrency() {
    return concurrency;
  }

  /** {@code 1500} (milliseconds) or {@code PT1.5S}; positive. */
  static Duration duration(String key, Optional<String> raw, Duration fallback) {
    Optional<String> value = raw.map(String::strip).filter(s -> !s.isEmpty());
    if (value.isEmpty()) {
      return fallback;
    }
    Duration parsed;
    try {
      parsed =
          value.get().chars().allMatch(Character::isDigit)
              ? Duration.ofMillis(Long.parseLong(value.get()))
              : Duration.parse(value.get());
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          key + " must be milliseconds or an ISO-8601 duration such as PT1S", e);
    }
    if (parsed.isNegative() || parsed.isZero()) {
      throw new IllegalArgumentException(key + " must be greater than 0");
    }
    return parsed;
  }
}
