package dev.chatinbox.core.application;

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
 */
@ApplicationScoped
public class SenderPacer {
  private final Map<String, Instant> nextFree = new ConcurrentHashMap<>();
  private Map<Channel, Duration> spacing;

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
    Instant[] waitUntil = new Instant[1];
    nextFree.compute(
        key,
        (k, free) -> {
          if (free == null || !free.isAfter(now)) {
            return now.plus(gap);
          }
          waitUntil[0] = free;
          return free;
        });
    return java.util.Optional.ofNullable(waitUntil[0]);
  }
}
