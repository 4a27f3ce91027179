package dev.chatinbox.core.application.outbox;

import dev.chatinbox.core.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Paces sends per sender so that carriers do not reject bursts: messages per second per sender and
 * channel ({@code chat.outbox.rate.sms}, default 1 — a US long code; toll-free numbers take 3,
 * short codes 100; {@code .whatsapp} 80; {@code .email} 100). A message over the rate waits in the
 * outbox; it is never rejected. The rate holds per server node.
 *
 * <p>Generic cell rate algorithm: each send reserves the sender's next slot ({@code gap = 1/rate}
 * after the previous one), and a send may go while its slot lies at most {@code (burst - 1) × gap}
 * ahead, with a burst of one second's worth ({@code floor(rate)}, at least 1). A 1/s long code
 * therefore sends exactly one per second, while an email sender at 100/s may send the 100 due
 * messages of one outbox round at once instead of one per round.
 */
@ApplicationScoped
public class SenderPacer {
  private final Map<String, Instant> nextFree = new ConcurrentHashMap<>();
  private Map<Channel, Duration> spacing;
  private Map<Channel, Duration> tolerance;

  protected SenderPacer() {}

  @Inject
  public SenderPacer(
      @ConfigProperty(name = "chat.outbox.rate.sms", defaultValue = "1") double sms,
      @ConfigProperty(name = "chat.outbox.rate.whatsapp", defaultValue = "80") double whatsapp,
      @ConfigProperty(name = "chat.outbox.rate.email", defaultValue = "100") double email) {
    this.spacing =
        Map.of(
            Channel.SMS,
            spacing(sms),
            Channel.WHATSAPP,
            spacing(whatsapp),
            Channel.EMAIL,
            spacing(email));
    this.tolerance =
        Map.of(
            Channel.SMS,
            tolerance(sms),
            Channel.WHATSAPP,
            tolerance(whatsapp),
            Channel.EMAIL,
            tolerance(email));
  }

  /** How far ahead a slot may be and still be taken now: (burst - 1) gaps, burst = floor(rate). */
  private static Duration tolerance(double perSecond) {
    long burst = Math.max(1, (long) Math.floor(perSecond));
    return spacing(perSecond).multipliedBy(burst - 1);
  }

  private static Duration spacing(double perSecond) {
    if (perSecond <= 0) {
      throw new IllegalArgumentException("rates must be positive");
    }
    return Duration.ofNanos((long) (1_000_000_000L / perSecond));
  }

  /**
   * Takes a slot for the sender at {@code now}, or says when the next one is free.
   *
   * @return empty when the message may go now, else the instant to try again
   */
  public java.util.Optional<Instant> acquire(Channel channel, String sender, Instant now) {
    String key = channel.name() + ":" + sender;
    Duration gap = spacing.get(channel);
    Duration ahead = tolerance.get(channel);
    Instant[] waitUntil = new Instant[1];
    nextFree.compute(
        key,
        (k, free) -> {
          Instant slot = free == null || free.isBefore(now) ? now : free;
          if (slot.isAfter(now.plus(ahead))) {
            waitUntil[0] = slot.minus(ahead);
            return free;
          }
          return slot.plus(gap);
        });
    return java.util.Optional.ofNullable(waitUntil[0]);
  }
}
