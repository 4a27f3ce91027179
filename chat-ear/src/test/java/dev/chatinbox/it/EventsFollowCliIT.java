package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Cli;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.JsonArray;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chat events --after ID --follow} (issue #19): it prints each event as it is committed, in
 * commit order, starting exactly after the given id, and a new run resumes exactly after the last
 * id the previous one printed.
 */
class EventsFollowCliIT {
  private static final String M = Seed.marker();
  private static final Instant STARTED = Instant.now().minusSeconds(1);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String USER = "ev-cli-" + M;

  @TempDir static Path config;

  /** The server may still be starting its application when the first class runs. */
  @BeforeAll
  static void awaitServer() throws Exception {
    LibertyServers.awaitReady(System.getProperty("it.base.url"));
  }

  /** Unowned contacts are visible to every USER: ours get an owner, as other classes' do. */
  @AfterAll
  static void adoptCreatedContacts() throws Exception {
    try (Seed seed = new Seed()) {
      seed.adoptContactsCreatedSince(USER, STARTED);
    }
  }

  private static final String PHONE =
      "+14155559" + String.format("%03d", ProcessHandle.current().pid() % 1000);

  private static void inbound(String text) {
    Api.Response in =
        Webhooks.twilio("/api/v1/webhooks/twilio/sms/inbound", Webhooks.twilioInbound(PHONE, text));
    assertEquals(200, in.status(), in::toString);
  }

  /** The id of the newest event now (the events API's last {@code next}). */
  private static long head(String token) {
    String after = null;
    while (true) {
      Api.Response page =
          Api.get("/api/v1/events?limit=500" + (after == null ? "" : "&after=" + after), token);
      assertEquals(200, page.status(), page::toString);
      after = page.json().getJsonObject("meta").getString("next");
      if (!page.json().getJsonObject("meta").getBoolean("hasMore")) {
        return Long.parseLong(after);
      }
    }
  }

  /** The id of the message.received event after {@code base} carrying {@code text}. */
  private static String eventOf(long base, String text, String token) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      JsonArray events =
          Api.get("/api/v1/events?types=message.received&limit=500&after=" + base, token)
              .json()
              .getJsonArray("data");
      for (int i = 0; i < events.size(); i++) {
        if (events.getJsonObject(i).getJsonObject("data").getString("message").equals(text)) {
          return events.getJsonObject(i).getString("id");
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no event for " + text);
  }

  /** The lines printed so far that are events of this class, parsed. */
  private static List<JsonNode> mine(String out) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.lines().toList()) {
      JsonNode node = JSON.readTree(line);
      if (node.path("data").path("message").asText("").endsWith(M)) {
        lines.add(node);
      }
    }
    return lines;
  }

  private static List<JsonNode> awaitLines(Cli.Running follow, int count) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<JsonNode> lines = mine(follow.outSoFar());
    while (lines.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
      lines = mine(follow.outSoFar());
    }
    return lines;
  }

  /** {@code chat events --after ID --types message.received --follow --json}, left running. */
  private static Cli.Running follow(String after) {
    return Cli.start(
        config,
        "events",
        "--after",
        after,
        "--types",
        "message.received",
        "--follow",
        "--poll-ms",
        "100",
        "--json");
  }

  private static List<String> texts(List<JsonNode> lines) {
    return lines.stream().map(l -> l.get("data").get("message").asText()).toList();
  }

  @Test
  void followPrintsEventsAsTheyCommitInOrderAndResumesExactlyAfterAnId() throws Exception {
    String token = Tokens.token(USER, "ADMIN");
    Cli.Result set = Cli.run(config, "config", "set", "--server", Api.BASE, "--token", token);
    assertEquals(0, set.code(), set::toString);
    long base = head(token);
    inbound("f0 " + M);
    String start = eventOf(base, "f0 " + M, token);

    try (Cli.Running follow = follow(start)) {
      // each message shows up while the command runs, before the next one is even sent
      for (int i = 1; i <= 3; i++) {
        inbound("f" + i + " " + M);
        List<JsonNode> lines = awaitLines(follow, i);
        assertEquals(i, lines.size(), () -> "printed so far: " + follow.outSoFar());
        assertTrue(follow.alive(), "--follow keeps running");
      }
      List<JsonNode> lines = mine(follow.outSoFar());
      assertEquals(List.of("f1 " + M, "f2 " + M, "f3 " + M), texts(lines), "in commit order");
      List<Long> ids = lines.stream().map(l -> Long.parseLong(l.get("id").asText())).toList();
      assertTrue(ids.get(0) > Long.parseLong(start), "nothing at or before --after");
      assertEquals(ids.stream().sorted().distinct().toList(), ids, "ids grow, no repeats");

      // a burst committed while following arrives whole and in order
      for (int i = 4; i <= 8; i++) {
        inbound("f" + i + " " + M);
      }
      List<JsonNode> all = awaitLines(follow, 8);
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= 8; i++) {
        expected.add("f" + i + " " + M);
      }
      assertEquals(expected, texts(all));
    }

    // resuming after f2's id prints exactly f3 … f8, once each
    String f2 = eventOf(base, "f2 " + M, token);
    Cli.Result resumed =
        Cli.run(config, "events", "--after", f2, "--types", "message.received", "--json");
    assertEquals(0, resumed.code(), resumed::toString);
    List<String> later = texts(mine(resumed.out()));
    assertEquals(List.of("f3 " + M, "f4 " + M, "f5 " + M, "f6 " + M, "f7 " + M, "f8 " + M), later);

    // and a follow started after f7's id begins with f8
    String f7 = eventOf(base, "f7 " + M, token);
    try (Cli.Running again = follow(f7)) {
      List<JsonNode> lines = awaitLines(again, 1);
      assertEquals(List.of("f8 " + M), texts(lines));
      inbound("f9 " + M);
      assertEquals(List.of("f8 " + M, "f9 " + M), texts(awaitLines(again, 2)));
    }
  }
}
