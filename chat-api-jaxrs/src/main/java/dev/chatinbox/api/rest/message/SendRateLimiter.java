package dev.chatinbox.api.rest.message;

import dev.chatinbox.core.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-user limit on the send endpoints ({@code chat.api.send-per-minute}, default 120): a token
 * bucket per user refilled continuously; over the limit a request gets 429 with Retry-After. Held
 * per node (behind N nodes a user may send up to N times the rate).
 */
@ApplicationScoped
public class SendRateLimiter {
  /** Refused: try again after {@link #retryAfter()}. */
  public static class RateLimitedException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    RateLimitedException(Duration retryAfter) {
      super("Too many messages sent; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  private record Bucket(double tokens, Instant at) {}

  private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();
  private double perMinute;
  private Clock clock;

  protected SendRateLimiter() {}

  @Inject
  public SendRateLimiter(
      @ConfigProperty(name = "chat.api.send-per-minute", defaultValue = "120") double perMinute,
      Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Takes one send for {@code userId}, or throws when the user is over the limit. */
  public void acquire(UUID userId) {
    Instant now = clock.instant();
    double perNano = perMinute / 60e9;
    Duration[] wait = new Duration[1];
    buckets.compute(
        userId,
        (id, bucket) -> {
          double tokens =
              bucket == null
                  ? perMinute
                  : Math.min(
                      perMinute,
                      bucket.tokens() + Duration.between(bucket.at(), now).toNanos() * perNano);
          if (tokens >= 1) {
            return new Bucket(tokens - 1, now);
          }
          wait[0] = Duration.ofNanos((long) ((1 - tokens) / perNano));
          return new Bucket(tokens, now);
        });
    if (wait[0] != null) {
      throw new RateLimitedException(wait[0]);
    }
    if (buckets.size() > 100_000) {
      buckets.clear(); // bound memory: forgetting buckets only ever allows a little more
    }
  }
}
