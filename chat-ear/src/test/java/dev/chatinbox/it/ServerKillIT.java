package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.core.support.FakeCarrier.Answer;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.MessageAwait;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server JVM is killed ({@code kill -9}) with two messages on their way, and started again with
 * the same configuration ({@code server start}: the {@code jvm.options} and {@code
 * bootstrap.properties} the Liberty Maven plugin wrote into the server directory):
 *
 * <ul>
 *   <li>a message stored but not dispatched yet (scheduled a few seconds ahead) is sent exactly
 *       once after the restart — nothing is lost;
 *   <li>a message whose carrier call was under way (Twilio created it but had not answered) is
 *       reconciled after the restart and ends {@code sent} with Twilio's SID — nothing is sent
 *       twice.
 * </ul>
 *
 * And a burst of 200 sends cut by a kill: every message reaches the carrier exactly once, and only
 * the calls under way at the kill are reconciled. The server is left running for the other
 * integration tests.
 */
class ServerKillIT {
  private static final String M = Seed.marker();
  private static final String SCHEDULED_TO = "+14155550970";
  private static final String IN_CALL_TO = "+14155550971";
  private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
  private static final String SERVER = System.getProperty("it.server.name", "chatServerIT");

  private static FakeCarrier fake;
  private static String token;
  private static UUID scheduledConversation;
  private static UUID inCallConversation;

  @BeforeAll
  static void seed() throws Exception {
    fake = ItCarrier.get();
    try (Seed seed = new Seed()) {
      UUID me = seed.user("kill-" + M, "Kill User " + M, "USER");
      scheduledConversation =
          seed.conversation(
              seed.contact("Kill Scheduled " + M, SCHEDULED_TO, null, me),
              "SMS",
              0,
              false,
              Instant.now());
      inCallConversation =
          seed.conversation(
              seed.contact("Kill In Call " + M, IN_CALL_TO, null, me),
              "SMS",
              0,
              false,
              Instant.now());
    }
    token = Tokens.token("kill-" + M, "USER");
  }

  @Test
  void messagesStoredOrInFlightWhenTheServerIsKilledAreSentExactlyOnceAfterRestart()
      throws Exception {
    String scheduled =
        send(
            scheduledConversation,
            "{\"message\":\"stored before the crash\",\"to\":\""
                + SCHEDULED_TO
                + "\",\"scheduledAt\":\""
                // far enough ahead to be still waiting at the kill on a loaded machine (6 s was
                // in the past by the time a busy server read the request)
                + Instant.now().plusSeconds(20)
                + "\"}");
    fake.enqueueTwilioFor(IN_CALL_TO, Answer.twilioAcceptedAnsweringAfter(Duration.ofSeconds(10)));
    String inCall =
        send(inCallConversation, "{\"message\":\"in the call\",\"to\":\"" + IN_CALL_TO + "\"}");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (fake.twilioRequestsTo(IN_CALL_TO).isEmpty()) {
      assertTrue(System.nanoTime() < deadline, "the carrier call never started");
      Thread.sleep(5);
    }

    long pid = killServer();
    assertTrue(fake.twilioRequestsTo(SCHEDULED_TO).isEmpty(), "killed before its dispatch");
    startServer(pid);

    JsonObject sentLater = await(scheduledConversation, scheduled, "sent");
    assertEquals(1, fake.twilioRequestsTo(SCHEDULED_TO).size(), "sent exactly once");
    assertEquals(
        fake.twilioMessagesTo(SCHEDULED_TO).get(0).getString("sid"),
        sentLater.getJsonObject("metadata").getString("twilioMessageId"));

    JsonObject reconciled = await(inCallConversation, inCall, "sent");
    assertEquals(1, fake.twilioRequestsTo(IN_CALL_TO).size(), "not sent again after the crash");
    assertEquals(
        fake.twilioMessagesTo(IN_CALL_TO).get(0).getString("sid"),
        reconciled.getJsonObject("metadata").getString("twilioMessageId"),
        "the SID Twilio gave the message before the crash");
  }

  /**
   * A burst of 200 sends is on its way (20 per second, each carrier call answered after 200 ms,
   * eight calls at a time) when the server is killed: after the restart every message reaches the
   * carrier exactly once, and only calls that were under way at the kill are reconciled — messages
   * claimed but never handed to the carrier are simply sent (no reconciliation for them).
   */
  @Test
  void aBurstCutByAKillReachesTheCarrierExactlyOnceAndOnlyCallsUnderWayAreReconciled()
      throws Exception {
    int perUser = 50;
    List<String> phones = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<UUID> conversations = new ArrayList<>();
    try (Seed seed = new Seed()) {
      for (int u = 0; u < 4; u++) {
        String phone = "+1415555098" + u;
        UUID user = seed.user("burst-" + u + "-" + M, "Burst User " + u, "USER");
        phones.add(phone);
        tokens.add(Tokens.token("burst-" + u + "-" + M, "USER"));
        conversations.add(
            seed.conversation(
                seed.contact("Burst " + u + " " + M, phone, null, user),
                "SMS",
                0,
                false,
                Instant.now()));
        Answer[] slow = new Answer[perUser];
        Arrays.fill(slow, Answer.twilioAcceptedAnsweringAfter(Duration.ofMillis(200)));
        fake.enqueueTwilioFor(phone, slow);
      }
    }
    int listsBefore = fake.twilioListRequests().size();
    for (int i = 0; i < perUser; i++) {
      for (int u = 0; u < 4; u++) {
        Api.Response response =
            Api.post(
                "/api/v1/conversations/" + conversations.get(u) + "/messages/sms",
                tokens.get(u),
                "{\"message\":\"burst "
                    + M
                    + " "
                    + u
                    + "-"
                    + i
                    + "\",\"to\":\""
                    + phones.get(u)
                    + "\"}");
        assertEquals(201, response.status(), response::toString);
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (burstRequests(phones) < 40) {
      assertTrue(System.nanoTime() < deadline, "the burst never reached the carrier");
      Thread.sleep(5);
    }
    long pid = killServer();
    int beforeRestart = burstRequests(phones);
    assertTrue(beforeRestart < 4 * perUser, "killed in the middle of the burst: " + beforeRestart);
    startServer(pid);

    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    try (Seed seed = new Seed()) {
      while (seed.count(
              "SELECT COUNT(*) FROM messages WHERE body LIKE ? AND status = 'sent'",
              "burst " + M + " %")
          < 4 * perUser) {
        assertTrue(System.nanoTime() < deadline, "not every message of the burst was sent");
        Thread.sleep(200);
      }
    }
    Map<String, Long> callsPerBody =
        phones.stream()
            .flatMap(phone -> fake.twilioRequestsTo(phone).stream())
            .filter(FakeCarrier.Received::twilio)
            .collect(Collectors.groupingBy(r -> r.formValue("Body"), Collectors.counting()));
    assertEquals(4 * perUser, callsPerBody.size(), "every message reached the carrier");
    callsPerBody.forEach((body, calls) -> assertEquals(1L, calls, body + " reached it once"));
    long reconciled =
        fake.twilioListRequests().stream()
            .skip(listsBefore)
            .filter(r -> phones.stream().anyMatch(p -> r.query().contains(p.substring(1))))
            .count();
    assertTrue(
        reconciled <= 8,
        "only the calls under way at the kill (eight at most) are reconciled, not the "
            + (4 * perUser - beforeRestart)
            + " claimed or queued ones: "
            + reconciled);
  }

  private static int burstRequests(List<String> phones) {
    return phones.stream().mapToInt(p -> fake.twilioRequestsTo(p).size()).sum();
  }

  /** {@code kill -9} on the server JVM; returns its pid once it is gone. */
  private static long killServer() throws Exception {
    Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
    long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill -9 " + pid);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      assertTrue(System.nanoTime() < deadline, "the server JVM " + pid + " did not die");
      Thread.sleep(20);
    }
    return pid;
  }

  /**
   * {@code server start} with the configuration files already in the server directory, then waits
   * for {@code /health/ready}.
   */
  private static void startServer(long killedPid) throws Exception {
    File log = WLP.resolve("usr/servers/" + SERVER + "/logs/restart-after-kill.log").toFile();
    ProcessBuilder start =
        new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", SERVER)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    start.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = start.start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "server start did not return");
    assertEquals(0, process.exitValue(), "server start failed; see " + log);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (true) {
      assertTrue(System.nanoTime() < deadline, "the restarted server never became ready");
      try {
        HttpResponse<Void> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          break;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    long pid =
        Long.parseLong(
            Files.readString(
                    WLP.resolve("usr/servers/.pid/" + SERVER + ".pid"), StandardCharsets.US_ASCII)
                .strip());
    assertTrue(pid != killedPid, "a new server JVM");
  }

  private static String send(UUID conversation, String json) {
    Api.Response response =
        Api.post("/api/v1/conversations/" + conversation + "/messages/sms", token, json);
    assertEquals(201, response.status(), response::toString);
    return response.data().getString("id");
  }

  private static JsonObject await(UUID conversation, String id, String status)
      throws InterruptedException {
    return MessageAwait.status(conversation, id, status, token, Duration.ofSeconds(30));
  }
}
