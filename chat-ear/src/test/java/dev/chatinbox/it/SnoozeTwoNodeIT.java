package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Snoozes end on whichever node's round comes first, exactly once (#18): two servers on one
 * database both poll for due snoozes; 30 conversations snoozed to the same instant each wake once —
 * one status change, one activity entry.
 */
class SnoozeTwoNodeIT {
  private static final String M = Seed.marker();
  private static final String NODE_B = "chatServerITSnooze";
  private static final int B_HTTP = Integer.getInteger("it.node2.http.port", 19081);
  private static final int B_HTTPS = Integer.getInteger("it.node2.https.port", 19444);

  @BeforeAll
  static void start() throws Exception {
    LibertyServers.startCopy(NODE_B, B_HTTP, B_HTTPS);
  }

  @AfterAll
  static void stop() throws Exception {
    LibertyServers.stop(NODE_B);
  }

  @Test
  void aSnoozeWakesOnceWithTwoNodes() throws Exception {
    List<UUID> conversations = new ArrayList<>();
    try (Seed seed = new Seed()) {
      UUID owner = seed.user("snz-owner-" + M, "Snoozer " + M, "USER");
      for (int i = 0; i < 30; i++) {
        UUID contact =
            seed.contact(
                "Snooze " + i + " " + M,
                "+1718" + (2_000_000 + (int) (Math.random() * 7_999_999)),
                null,
                owner);
        conversations.add(seed.conversation(contact, "SMS", 0, false, Instant.now()));
      }
    }
    String token = Tokens.token("snz-owner-" + M, "USER");
    Instant until = Instant.now().plusSeconds(4);
    for (UUID c : conversations) {
      Api.Response r =
          Api.patch(
              "/api/v1/conversations/" + c,
              token,
              "{\"status\":\"snoozed\",\"snoozedUntil\":\"" + until + "\"}");
      assertEquals(200, r.status(), r::toString);
    }
    try (Seed seed = new Seed()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (seed.count(
                  "SELECT COUNT(*) FROM conversations WHERE status = 'snoozed' AND id IN ("
                      + String.join(",", conversations.stream().map(c -> "'" + c + "'").toList())
                      + ")")
              > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(250);
      }
      Thread.sleep(3_000); // more rounds of both nodes: nothing wakes twice
      for (UUID c : conversations) {
        assertEquals(
            1,
            seed.count(
                "SELECT COUNT(*) FROM conversation_status_changes WHERE conversation_id = ?"
                    + " AND cause = 'wake'",
                c),
            "status changes of " + c);
        assertEquals(
            1,
            seed.count(
                "SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND activity = 'wake'", c),
            "wake entries of " + c);
        assertEquals(
            "open", seed.value("SELECT status FROM conversations WHERE id = ?", c).toString());
      }
    }
  }
}
