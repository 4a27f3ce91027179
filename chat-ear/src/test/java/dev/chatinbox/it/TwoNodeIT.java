package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.WsClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server nodes on one PostgreSQL database and one Redis: a message sent through node A reaches
 * a WebSocket client of node B; with Redis stopped, delivery continues from the change log and
 * nothing is lost; with Redis back, signals flow again.
 */
class TwoNodeIT {
  private static final String M = Seed.marker();
  private static final String NODE_B = "chatServerIT2";
  private static final int B_HTTP = Integer.getInteger("it.node2.http.port", 19081);
  private static final int B_HTTPS = Integer.getInteger("it.node2.https.port", 19444);
  private static final int REDIS = Integer.getInteger("it.redis.port", 16399);
  private static final String PHONE = "+14155550651";

  private static String token;
  private static UUID conversation;

  @BeforeAll
  static void start() throws Exception {
    startRedis();
    dev.chatinbox.it.support.ItCarrier.get(); // both nodes dispatch the sends to the fake carrier
    try (Seed seed = new Seed()) {
      UUID user = seed.user("two-" + M, "Two Nodes " + M, "USER");
      UUID contact = seed.contact("Two Nodes Contact " + M, PHONE, null, user);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    token = Tokens.token("two-" + M, "USER");
    LibertyServers.startCopy(NODE_B, B_HTTP, B_HTTPS);
    String log =
        java.nio.file.Files.readString(
            LibertyServers.WLP.resolve("usr/servers/" + NODE_B + "/logs/messages.log"));
    assertTrue(
        log.contains("Real-time changes between nodes: Redis pub/sub"),
        "node B signals through Redis");
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      LibertyServers.stop(NODE_B);
    } finally {
      stopRedis();
    }
  }

  private static void startRedis() throws Exception {
    Process p =
        new ProcessBuilder(
                "redis-server",
                "--port",
                Integer.toString(REDIS),
                "--bind",
                "127.0.0.1",
                "--daemonize",
                "yes",
                "--save",
                "",
                "--appendonly",
                "no")
            .inheritIO()
            .start();
    assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "redis-server started");
    for (int i = 0; i < 50; i++) {
      Process ping = new ProcessBuilder("redis-cli", "-p", Integer.toString(REDIS), "ping").start();
      if (ping.waitFor(2, TimeUnit.SECONDS) && ping.exitValue() == 0) {
        String out = new String(ping.getInputStream().readAllBytes()).strip();
        if (out.equals("PONG")) {
          return;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("redis on " + REDIS + " did not answer");
  }

  private static void stopRedis() throws Exception {
    Process p =
        new ProcessBuilder("redis-cli", "-p", Integer.toString(REDIS), "shutdown", "nosave")
            .start();
    p.waitFor(10, TimeUnit.SECONDS);
  }

  private static String sendThroughNodeA(String text) {
    Api.Response sent =
        Api.post(
            "/api/v1/conversations/" + conversation + "/messages/sms",
            token,
            "{\"message\":\"" + text + "\",\"to\":\"" + PHONE + "\"}");
    assertEquals(201, sent.status(), sent::toString);
    return sent.data().getString("id");
  }

  private static Set<String> newMessages(WsClient ws, int count, Duration within)
      throws InterruptedException {
    Set<String> ids = new HashSet<>();
    long end = System.nanoTime() + within.toNanos();
    while (ids.size() < count && System.nanoTime() < end) {
      JsonObject frame = ws.next(Duration.ofMillis(200));
      if (frame != null && "new_message".equals(frame.getString("type", ""))) {
        ids.add(frame.getJsonObject("data").getString("id"));
      }
    }
    return ids;
  }

  @Test
  void aMessageSentThroughOneNodeReachesAClientOfTheOtherEvenWithoutRedis() throws Exception {
    try (WsClient ws = WsClient.withQueryToken("http://localhost:" + B_HTTP, token)) {
      ws.send("{\"action\":\"subscribe\"}");
      ws.await(f -> "subscribed".equals(f.getString("type", "")), Duration.ofSeconds(10));

      String first = sendThroughNodeA("through A " + M);
      assertEquals(Set.of(first), newMessages(ws, 1, Duration.ofSeconds(5)));

      stopRedis();
      Set<String> sent = new HashSet<>();
      for (int i = 0; i < 20; i++) {
        sent.add(sendThroughNodeA("no redis " + i + " " + M));
      }
      assertEquals(sent, newMessages(ws, 20, Duration.ofSeconds(20)), "none lost without Redis");

      startRedis();
      Thread.sleep(1500); // the nodes reconnect (backoff from 0.5 s)
      String after = sendThroughNodeA("redis back " + M);
      assertEquals(Set.of(after), newMessages(ws, 1, Duration.ofSeconds(5)));
    }
  }
}
