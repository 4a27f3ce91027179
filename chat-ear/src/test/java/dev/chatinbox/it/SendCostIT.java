package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, finding 9 (send cost): the send limits are shared by every node — what another node
 * counted (here written into the shared counters as it would) refuses a send on this one — daily
 * caps per user and per installation answer 429 with Retry-After, and an SMS may name only a
 * verified sender as {@code from}.
 */
class SendCostIT {
  private static final String M = Seed.marker();
  private static final int PER_MINUTE = 120; // chat.api.send-per-minute (default)
  private static final int PER_USER_DAY = 100_000; // chat-ear/pom.xml
  private static final int PER_DAY = 10_000_000; // chat-ear/pom.xml

  /** A fresh user with a conversation of their own. */
  private static UUID[] userWithConversation(String name) throws Exception {
    try (Seed seed = new Seed()) {
      UUID user = seed.user(name + "-" + M, name + " " + M, "USER");
      String number = "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
      UUID conversation =
          seed.conversation(
              seed.contact(name + " Contact " + M, number, null, user),
              "SMS",
              0,
              false,
              Instant.now());
      return new UUID[] {user, conversation};
    }
  }

  private static Api.Response send(String subject, UUID conversation, String extra) {
    return Api.post(
        "/api/v1/conversations/" + conversation + "/messages",
        Tokens.token(subject, "USER"),
        "{\"channel\":\"SMS\",\"message\":\"cost " + M + "\"" + extra + "}");
  }

  /** Sets a shared counter as the nodes keep it (current and next period, against a boundary). */
  private static void counter(String scope, ChronoUnit unit, int sends) throws Exception {
    Instant now = Instant.now().truncatedTo(unit);
    try (Seed seed = new Seed()) {
      for (Instant period : new Instant[] {now, now.plus(1, unit)}) {
        seed.update(
            "INSERT INTO send_counters (scope, period_start, sends) VALUES (?, ?, ?)"
                + " ON CONFLICT (scope, period_start) DO UPDATE SET sends = EXCLUDED.sends",
            scope,
            period.atOffset(ZoneOffset.UTC),
            sends);
      }
    }
  }

  private static void assertLimited(Api.Response response, long maxRetryAfter) {
    assertEquals(429, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
    assertEquals("/problems/rate-limited", response.json().getString("type"));
    String retryAfter = response.header("Retry-After");
    assertNotNull(retryAfter, "Retry-After");
    long seconds = Long.parseLong(retryAfter);
    assertTrue(seconds >= 1 && seconds <= maxRetryAfter, "Retry-After " + seconds);
  }

  @Test
  void theMinuteLimitCountsWhatEveryNodeSent() throws Exception {
    UUID[] me = userWithConversation("minute");
    assertEquals(201, send("minute-" + M, me[1], "").status(), "under the limit");
    // the other nodes of the cluster sent the rest of this minute's allowance
    counter("user-minute:" + me[0], ChronoUnit.MINUTES, PER_MINUTE);
    assertLimited(send("minute-" + M, me[1], ""), 60);
  }

  @Test
  void aUsersDailyCapAnswers429UntilMidnightUtc() throws Exception {
    UUID[] me = userWithConversation("daily");
    counter("user-day:" + me[0], ChronoUnit.DAYS, PER_USER_DAY);
    assertLimited(send("daily-" + M, me[1], ""), 86_400);
    UUID[] other = userWithConversation("daily-other");
    assertEquals(201, send("daily-other-" + M, other[1], "").status(), "others send on");
  }

  @Test
  void theInstallationsDailyCapStopsEveryone() throws Exception {
    UUID[] me = userWithConversation("install");
    Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
    Object before;
    try (Seed seed = new Seed()) {
      before =
          seed.value(
              "SELECT sends FROM send_counters WHERE scope = 'installation-day' AND period_start = ?",
              today.atOffset(ZoneOffset.UTC));
    }
    try {
      counter("installation-day", ChronoUnit.DAYS, PER_DAY);
      assertLimited(send("install-" + M, me[1], ""), 86_400);
    } finally {
      counter("installation-day", ChronoUnit.DAYS, before == null ? 0 : (Integer) before);
    }
    assertEquals(201, send("install-" + M, me[1], "").status(), "open again");
  }

  @Test
  void anSmsMayNameOnlyAVerifiedSender() throws Exception {
    UUID[] me = userWithConversation("sender");
    Api.Response unverified = send("sender-" + M, me[1], ",\"from\":\"+14155550100\"");
    assertEquals(400, unverified.status(), unverified::toString);
    assertEquals(
        "from", unverified.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Response configured = send("sender-" + M, me[1], ",\"from\":\"+15005550006\"");
    assertEquals(201, configured.status(), configured::toString);
  }
}
