package dev.chatinbox.core.application.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.domain.shared.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pacing per sender and channel: excess waits for the next free slot, it is never refused. */
class SenderPacerTest {
  private static final Instant T = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void oneMessagePerSecondPerLongCode() {
    SenderPacer pacer = new SenderPacer(1, 80, 100);
    assertEquals(Optional.empty(), pacer.acquire(Channel.SMS, "+14155550100", T));
    assertEquals(Optional.of(T.plusSeconds(1)), pacer.acquire(Channel.SMS, "+14155550100", T));
    assertEquals(
        Optional.empty(),
        pacer.acquire(Channel.SMS, "+14155550199", T),
        "another sender has its own rate");
    assertEquals(
        Optional.empty(),
        pacer.acquire(Channel.WHATSAPP, "+14155550100", T),
        "another channel too");
    assertEquals(Optional.empty(), pacer.acquire(Channel.SMS, "+14155550100", T.plusSeconds(1)));
  }

  @Test
  void fasterChannelsAllowMore() {
    SenderPacer pacer = new SenderPacer(1, 80, 100);
    int accepted = 0;
    for (int i = 0; i < 100; i++) {
      if (pacer.acquire(Channel.EMAIL, "a@x.com", T.plus(Duration.ofMillis(i * 10L))).isEmpty()) {
        accepted++;
      }
    }
    assertEquals(100, accepted, "100 per second for email");
    assertTrue(
        RetryBackoff.after(1).toMillis() >= 1400 && RetryBackoff.after(1).toMillis() <= 2600);
    assertTrue(RetryBackoff.after(30).compareTo(Duration.ofMinutes(13)) <= 0, "capped");
  }

  @Test
  void aFastSenderMaySendOneSecondsWorthAtOnceThenKeepsItsRate() {
    SenderPacer pacer = new SenderPacer(1, 80, 100);
    int now = 0;
    for (int i = 0; i < 150; i++) {
      if (pacer.acquire(Channel.EMAIL, "burst@x.com", T).isEmpty()) {
        now++;
      }
    }
    assertEquals(100, now, "one round may send 100 of one sender's due emails");
    Optional<Instant> next = pacer.acquire(Channel.EMAIL, "burst@x.com", T);
    assertEquals(Optional.of(T.plus(Duration.ofMillis(10))), next, "then one slot per 10 ms");
    assertEquals(Optional.empty(), pacer.acquire(Channel.EMAIL, "burst@x.com", next.get()));
    assertTrue(pacer.acquire(Channel.EMAIL, "burst@x.com", next.get()).isPresent());
    int inTenSeconds = 0;
    for (int ms = 20; ms <= 10_000; ms++) {
      if (pacer.acquire(Channel.EMAIL, "burst@x.com", T.plus(Duration.ofMillis(ms))).isEmpty()) {
        inTenSeconds++;
      }
    }
    assertTrue(inTenSeconds >= 990 && inTenSeconds <= 1000, "the rate holds: " + inTenSeconds);
  }
}
