package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.spi.SendCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What sending may cost, across every node: each send request (send endpoints and scheduling) takes
 * one from the caller's minute ({@code chat.api.send-per-minute}, default 120), and, when set, from
 * the caller's UTC day ({@code chat.api.send-per-day-per-user}) and the installation's UTC day
 * ({@code chat.api.send-per-day}). The counters live in the database every node shares ({@link
 * SendCounters}), so N nodes allow what one does; Redis plays no part (a Redis outage changes
 * nothing here). A full period refuses with 429 and {@code Retry-After} until it ends, and a
 * refused request counts in no period (it gives back what it took). Periods are fixed windows: up
 * to twice the minute's limit can pass across a minute boundary. Each node deletes counters of
 * periods that ended over a day ago, once an hour.
 */
@ApplicationScoped
public class SendQuota {
  private static final Duration PRUNE_EVERY = Duration.ofHours(1);

  private SendCounters counters;
  private int perMinute;
  private int perUserDay;
  private int perDay;
  private Clock clock;
  private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

  protected SendQuota() {}

  @Inject
  public SendQuota(
      SendCounters counters,
      @ConfigProperty(name = "chat.api.send-per-minute", defaultValue = "120") int perMinute,
      @ConfigProperty(name = "chat.api.send-per-day-per-user", defaultValue = "0") int perUserDay,
      @ConfigProperty(name = "chat.api.send-per-day", defaultValue = "0") int perDay,
      Clock clock) {
    this.counters = counters;
    this.perMinute = Math.max(0, perMinute);
    this.perUserDay = Math.max(0, perUserDay);
    this.perDay = Math.max(0, perDay);
    this.clock = clock;
  }

  /**
   * Takes one send for {@code userId}, or throws when a period is full (0 = no limit). Each count
   * is committed at once (no transaction of its own holding the counter's row: every send of the
   * user passes through it); a refused request gives back what it took, so it counts in no period.
   */
  public void take(UUID userId) {
    Instant now = clock.instant();
    Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
    Instant day = now.truncatedTo(ChronoUnit.DAYS);
    Instant last = lastPrune.get();
    if (last.isBefore(now.minus(PRUNE_EVERY)) && lastPrune.compareAndSet(last, now)) {
      counters.pruneBefore(day.minus(1, ChronoUnit.DAYS)); // periods that ended a day ago
    }
    List<Counted> taken = new ArrayList<>(3);
    try {
      if (perMinute > 0 && count(taken, "user-minute:" + userId, minute) > perMinute) {
        throw new SendLimitExceededException(
            "Too many messages sent; at most " + perMinute + " a minute",
            Duration.between(now, minute.plus(1, ChronoUnit.MINUTES)));
      }
      if (perUserDay > 0 && count(taken, "user-day:" + userId, day) > perUserDay) {
        throw new SendLimitExceededException(
            "Your daily send limit (" + perUserDay + ") is reached; it resets at 00:00 UTC",
            Duration.between(now, day.plus(1, ChronoUnit.DAYS)));
      }
      if (perDay > 0 && count(taken, "installation-day", day) > perDay) {
        throw new SendLimitExceededException(
            "The installation's daily send limit is reached; it resets at 00:00 UTC",
            Duration.between(now, day.plus(1, ChronoUnit.DAYS)));
      }
    } catch (SendLimitExceededException refused) {
      taken.forEach(c -> counters.takeBack(c.scope(), c.period()));
      throw refused;
    }
  }

  private record Counted(String scope, Instant period) {}

  private int count(List<Counted> taken, String scope, Instant period) {
    int count = counters.increment(scope, period);
    taken.add(new Counted(scope, period));
    return count;
  }
}
