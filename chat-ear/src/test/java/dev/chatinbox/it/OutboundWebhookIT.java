package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.WebhookReceiver;
import dev.chatinbox.it.support.WebhookReceiver.Answer;
import dev.chatinbox.it.support.WebhookReceiver.Received;
import dev.chatinbox.it.support.Webhooks;
import dev.chatinbox.sdk.WebhookVerificationException;
import dev.chatinbox.sdk.WebhookVerifier;
import dev.chatinbox.sdk.model.WebhookEvent;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outbound webhooks (issue #19) against a real HTTP receiver in this JVM: Standard Webhooks
 * signatures checked by the SDK's verifier and by an independent implementation here, retries with
 * the same {@code webhook-id}, 410, {@code Retry-After}, rotation, ping, replay and the events API.
 * The IT server runs with {@code chat.webhooks.allow-private=true} (the receiver is on loopback)
 * and a retry schedule scaled down to milliseconds.
 */
class OutboundWebhookIT {
  private static final String M = Seed.marker();

  /** When the class started: the contacts its inbound messages created since get an owner. */
  private static final java.time.Instant STARTED = java.time.Instant.now().minusSeconds(1);

  /**
   * Unowned contacts are visible to every USER: give ours an owner so other classes never see them.
   */
  @org.junit.jupiter.api.AfterAll
  static void adoptCreatedContacts() throws Exception {
    try (Seed seed = new Seed()) {
      seed.adoptContactsCreatedSince("wh-admin-" + M, STARTED);
    }
  }

  private static final String SMS_INBOUND = "/api/v1/webhooks/twilio/sms/inbound";
  private static final AtomicInteger PHONES = new AtomicInteger();
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static WebhookReceiver receiver;
  private static String admin;
  private static final List<String> created = new ArrayList<>();

  /** An endpoint as created: its id and its secret. */
  record Endpoint(String id, String secret) {}

  @BeforeAll
  static void start() throws Exception {
    receiver = new WebhookReceiver();
    admin = Tokens.token("wh-admin-" + M, "ADMIN");
  }

  @AfterAll
  static void stop() {
    created.forEach(id -> Api.delete("/api/v1/webhook-endpoints/" + id, admin));
    receiver.close();
  }

  static Endpoint create(String path, String types) {
    Api.Response response =
        Api.post(
            "/api/v1/webhook-endpoints",
            admin,
            "{\"url\":\""
                + receiver.url(path)
                + "\",\"eventTypes\":"
                + types
                + ",\"description\":\""
                + M
                + "\"}");
    assertEquals(201, response.status(), response::toString);
    JsonObject data = response.data();
    created.add(data.getString("id"));
    return new Endpoint(data.getString("id"), data.getString("secret"));
  }

  /** A new phone number writes in: message.received and conversation.updated. */
  static String inbound(String text) {
    String phone =
        "+1415557"
            + String.format(
                "%04d", PHONES.incrementAndGet() + (int) (ProcessHandle.current().pid() % 5000));
    return inbound(phone, text);
  }

  static String inbound(String phone, String text) {
    Api.Response response = Webhooks.twilio(SMS_INBOUND, Webhooks.twilioInbound(phone, text));
    assertEquals(200, response.status(), response::toString);
    return phone;
  }

  static boolean carries(Received r, String text) {
    return r.body().contains(text);
  }

  /** The Standard Webhooks check written out here, independent of the SDK and the server. */
  static boolean independentlyVerified(Received r, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    byte[] expected =
        mac.doFinal(
            (r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
    for (String signature : r.signature().split(" ")) {
      String[] parts = signature.split(",", 2);
      if (parts[0].equals("v1")
          && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
        return true;
      }
    }
    return false;
  }

  static Map<String, String> headers(Received r) {
    return Map.of(
        "Webhook-Id",
        r.id(),
        "Webhook-Timestamp",
        r.timestamp(),
        "Webhook-Signature",
        r.signature());
  }

  @Test
  void aDeliveryIsSignedPerTheSpecAndCarriesTheDataOfTheEventsApi() throws Exception {
    Endpoint endpoint = create("/signed", "[\"*\"]");
    String text = "signed " + M;
    inbound(text);
    Received received =
        receiver
            .await(
                "/signed",
                l ->
                    l.stream()
                        .anyMatch(r -> carries(r, text) && r.type().equals("message.received")),
                WAIT)
            .stream()
            .filter(r -> carries(r, text) && r.type().equals("message.received"))
            .findFirst()
            .orElseThrow();

    assertTrue(received.signature().startsWith("v1,"), received.signature());
    long sentAt = Long.parseLong(received.timestamp());
    assertTrue(
        Math.abs(Instant.now().getEpochSecond() - sentAt) < 60,
        "webhook-timestamp is now, in seconds");
    assertTrue(
        independentlyVerified(received, endpoint.secret()), "the spec's HMAC, computed here");
    WebhookEvent event =
        WebhookVerifier.of(endpoint.secret()).verify(received.body(), headers(received));
    assertEquals(received.id(), event.id());
    assertEquals("message.received", event.type());
    assertEquals(text, event.message().orElseThrow().text());

    // a changed body, another secret or an old timestamp fail
    assertThrows(
        WebhookVerificationException.class,
        () ->
            WebhookVerifier.of(endpoint.secret())
                .verify(received.body().replace(text, "tampered"), headers(received)));
    WebhookVerifier other =
        WebhookVerifier.of("whsec_" + Base64.getEncoder().encodeToString(new byte[32]));
    assertThrows(
        WebhookVerificationException.class, () -> other.verify(received.body(), headers(received)));
    assertThrows(
        WebhookVerificationException.class,
        () ->
            WebhookVerifier.of(endpoint.secret())
                .withClock(
                    java.time.Clock.fixed(
                        Instant.ofEpochSecond(sentAt + 301), java.time.ZoneOffset.UTC))
                .verify(received.body(), headers(received)));

    // body {type, timestamp, data}; data is the events API's (and the WebSocket's) for that event
    JsonObject body = received.json();
    assertEquals(List.of("data", "timestamp", "type"), body.keySet().stream().sorted().toList());
    JsonObject listed =
        eventsAfter(Long.parseLong(received.id()) - 1, "message.received", 1).get(0).asJsonObject();
    assertEquals(received.id(), listed.getString("id"));
    assertEquals(body.get("data"), listed.get("data"));
    assertEquals(body.getString("timestamp"), listed.getString("timestamp"));

    // the secret is never shown again
    JsonObject shown = Api.get("/api/v1/webhook-endpoints/" + endpoint.id(), admin).data();
    assertFalse(shown.containsKey("secret"));
    assertFalse(Api.get("/api/v1/webhook-endpoints", admin).body().contains(endpoint.secret()));
  }

  @Test
  void aFailedDeliveryIsRetriedWithTheSameWebhookIdAndTheAttemptsAreListed() throws Exception {
    Endpoint endpoint = create("/flaky", "[\"message.received\"]");
    receiver.enqueue("/flaky", Answer.status(500), Answer.status(500));
    String text = "flaky " + M;
    inbound(text);
    List<Received> requests = receiver.await("/flaky", l -> l.size() >= 3, WAIT);
    assertEquals(
        1, requests.stream().map(Received::id).distinct().count(), "one event, one webhook-id");
    assertTrue(requests.stream().allMatch(r -> carries(r, text)));
    JsonArray deliveries = deliveries(endpoint.id());
    JsonObject delivery = deliveries.getJsonObject(0);
    assertEquals(requests.get(0).id(), delivery.getString("eventId"));
    awaitState(endpoint.id(), "delivered");
    delivery = deliveries(endpoint.id()).getJsonObject(0);
    assertEquals(3, delivery.getInt("attempts"));
    JsonArray attempts = delivery.getJsonArray("attemptLog");
    assertEquals(
        List.of(500, 500, 200),
        attempts.stream().map(a -> a.asJsonObject().getInt("statusCode")).toList());
    assertTrue(attempts.getJsonObject(0).containsKey("nextRetryAt"));
    assertTrue(attempts.getJsonObject(0).containsKey("durationMs"));
    assertFalse(attempts.getJsonObject(2).containsKey("nextRetryAt"));
  }

  @Test
  void gone410DisablesTheEndpointWithAReason() throws Exception {
    Endpoint endpoint = create("/gone", "[\"message.received\"]");
    receiver.enqueue("/gone", Answer.status(410));
    inbound("gone " + M);
    receiver.await("/gone", l -> l.size() == 1, WAIT);
    JsonObject shown = awaitEndpoint(endpoint.id(), e -> !e.getBoolean("enabled"));
    assertTrue(shown.getString("disabledReason").contains("410"), shown.toString());
    inbound("after gone " + M);
    Thread.sleep(1500);
    assertEquals(1, receiver.to("/gone").size(), "nothing more is sent to a disabled endpoint");
    assertEquals("failed", deliveries(endpoint.id()).getJsonObject(0).getString("state"));
  }

  @Test
  void threeDaysOfFailuresDisableTheEndpointWithTheReasonKept() throws Exception {
    Endpoint endpoint = create("/dead", "[\"message.received\"]");
    receiver.answerAlways("/dead", 500);
    inbound("dead 1 " + M);
    receiver.await("/dead", l -> !l.isEmpty(), WAIT);
    awaitEndpoint(endpoint.id(), e -> e.containsKey("failingSince"));
    try (Seed seed = new Seed()) {
      // the run of failures began three days and a minute ago
      seed.update(
          "UPDATE webhook_endpoints SET failing_since = failing_since - INTERVAL '3 days 1 minute'"
              + " WHERE id = ?::uuid",
          endpoint.id());
    }
    JsonObject shown = awaitEndpoint(endpoint.id(), e -> !e.getBoolean("enabled"));
    assertTrue(shown.getString("disabledReason").contains("HTTP 500"), shown.toString());
    assertTrue(
        shown.getString("disabledReason").startsWith("Deliveries failed since"), shown.toString());
    assertEquals("failed", deliveries(endpoint.id()).getJsonObject(0).getString("state"));
    int attempts = receiver.to("/dead").size();
    Thread.sleep(500);
    assertEquals(attempts, receiver.to("/dead").size(), "no attempt after it was disabled");
    receiver.answerAlways("/dead", 200);

    // enabled again: the reason is cleared and delivery resumes after the failed event
    Api.Response enabled =
        Api.patch("/api/v1/webhook-endpoints/" + endpoint.id(), admin, "{\"enabled\":true}");
    assertEquals(200, enabled.status(), enabled::toString);
    assertFalse(enabled.data().containsKey("disabledReason"));
    inbound("dead 2 " + M);
    receiver.await("/dead", l -> l.stream().anyMatch(r -> carries(r, "dead 2 " + M)), WAIT);
  }

  /**
   * A small B8: 100 inbound messages fanned out to five endpoints, one of which answers 500 all
   * along. The four others get every event, in order, each once; the lag from the event's time to
   * its arrival is printed (p50, p99, max) and bounded loosely (this box is shared).
   */
  @Test
  void aBurstReachesFourEndpointsInOrderWhileAFifthFails() throws Exception {
    List<String> paths = List.of("/b8-1", "/b8-2", "/b8-3", "/b8-4");
    List<Endpoint> endpoints = new ArrayList<>();
    for (String path : paths) {
      endpoints.add(create(path, "[\"message.received\"]"));
    }
    receiver.answerAlways("/b8-dead", 500);
    create("/b8-dead", "[\"message.received\"]");
    int events = 100;
    String phone = inbound("b8 1 " + M);
    for (int i = 2; i <= events; i++) {
      inbound(phone, "b8 " + i + " " + M);
    }
    List<Long> lags = new ArrayList<>();
    for (String path : paths) {
      List<Received> all =
          receiver.await(
              path,
              l -> l.stream().filter(r -> carries(r, "\"b8 ")).count() >= events,
              Duration.ofSeconds(60));
      List<Received> mine = all.stream().filter(r -> carries(r, "\"b8 ")).toList();
      assertEquals(events, mine.size(), "each event once at " + path);
      for (int i = 0; i < events; i++) {
        Received r = mine.get(i);
        assertEquals(
            "b8 " + (i + 1) + " " + M,
            r.json().getJsonObject("data").getString("message"),
            "in order");
        lags.add(
            Duration.between(Instant.parse(r.json().getString("timestamp")), r.at()).toMillis());
      }
    }
    List<Long> sorted = lags.stream().sorted().toList();
    long p50 = sorted.get(sorted.size() / 2);
    long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    System.out.printf(
        "B8-lite: %d deliveries to 4 endpoints (a fifth failing), lag p50 %d ms, p99 %d ms, max %d ms%n",
        sorted.size(), p50, p99, sorted.get(sorted.size() - 1));
    assertTrue(p99 < 5000, "p99 lag " + p99 + " ms");
    assertTrue(receiver.to("/b8-dead").size() >= 1, "the failing endpoint was tried");
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 503})
  void retryAfterIsHonoured(int status) throws Exception {
    String path = "/busy" + status;
    create(path, "[\"message.received\"]");
    receiver.enqueue(path, new Answer(status, "2", Duration.ZERO));
    inbound("busy " + status + " " + M);
    List<Received> requests = receiver.await(path, l -> l.size() >= 2, WAIT);
    Duration gap = Duration.between(requests.get(0).at(), requests.get(1).at());
    assertTrue(
        gap.toMillis() >= 1900, "waited as Retry-After asked (2 s), not the 5 ms schedule: " + gap);
    assertTrue(gap.toMillis() < 6000, "and not much longer: " + gap);
    assertEquals(requests.get(0).id(), requests.get(1).id());
  }

  @Test
  void aRotationSignsWithTheNewAndThePreviousSecretForADay() throws Exception {
    Endpoint endpoint = create("/rotated", "[\"message.received\"]");
    Api.Response rotated =
        Api.post("/api/v1/webhook-endpoints/" + endpoint.id() + "/rotate-secret", admin, "");
    assertEquals(200, rotated.status(), rotated::toString);
    String newSecret = rotated.data().getString("secret");
    assertNotEquals(endpoint.secret(), newSecret);
    Instant until = Instant.parse(rotated.data().getString("previousSecretExpiresAt"));
    assertTrue(Duration.between(Instant.now(), until).toHours() >= 23, until.toString());
    String text = "rotated " + M;
    inbound(text);
    Received r = receiver.await("/rotated", l -> !l.isEmpty(), WAIT).get(0);
    assertEquals(2, r.signature().split(" ").length, r.signature());
    WebhookVerifier.of(newSecret).verify(r.body(), headers(r));
    WebhookVerifier.of(endpoint.secret()).verify(r.body(), headers(r));
    assertTrue(independentlyVerified(r, newSecret) && independentlyVerified(r, endpoint.secret()));
  }

  @Test
  void aTestSendsAPing() throws Exception {
    Endpoint endpoint = create("/ping", "[\"message.received\"]");
    Api.Response queued =
        Api.post("/api/v1/webhook-endpoints/" + endpoint.id() + "/test", admin, "");
    assertEquals(202, queued.status(), queued::toString);
    Received ping = receiver.await("/ping", l -> !l.isEmpty(), WAIT).get(0);
    assertEquals("ping", ping.type());
    assertEquals(endpoint.id(), ping.json().getJsonObject("data").getString("endpointId"));
    assertTrue(ping.id().startsWith("ping_"));
    WebhookVerifier.of(endpoint.secret()).verify(ping.body(), headers(ping));
  }

  @Test
  void aReplayDeliversAgainExactlyTheEventsAfterTheId() throws Exception {
    Endpoint endpoint = create("/replayed", "[\"message.received\"]");
    String phone = inbound("replay 1 " + M);
    inbound(phone, "replay 2 " + M);
    inbound(phone, "replay 3 " + M);
    inbound(phone, "replay 4 " + M);
    receiver.await(
        "/replayed", l -> l.stream().filter(r -> carries(r, "replay 4 " + M)).count() == 1, WAIT);
    awaitState(endpoint.id(), "delivered");
    List<String> original = receiver.to("/replayed").stream().map(Received::id).toList();
    String since =
        receiver.to("/replayed").stream()
            .filter(r -> carries(r, "replay 2 " + M))
            .findFirst()
            .orElseThrow()
            .id();
    List<String> expected =
        original.stream().filter(id -> Long.parseLong(id) > Long.parseLong(since)).toList();
    int before = original.size();

    Api.Response replay =
        Api.post(
            "/api/v1/webhook-endpoints/" + endpoint.id() + "/replay",
            admin,
            "{\"since\":\"" + since + "\"}");
    assertEquals(202, replay.status(), replay::toString);
    assertEquals(expected.size(), replay.data().getInt("queued"));
    List<Received> all =
        receiver.await("/replayed", l -> l.size() >= before + expected.size(), WAIT);
    Thread.sleep(500);
    List<String> replayed =
        receiver.to("/replayed").stream().skip(before).map(Received::id).toList();
    assertEquals(expected, replayed, "exactly the later events, in order, with their ids");
    assertTrue(all.stream().skip(before).anyMatch(r -> carries(r, "replay 4 " + M)));

    Api.Response bad =
        Api.post(
            "/api/v1/webhook-endpoints/" + endpoint.id() + "/replay", admin, "{\"since\":\"x\"}");
    assertEquals(400, bad.status(), bad::toString);
  }

  @Test
  void theEventsApiResumesAfterAnIdWithExactlyTheLaterEvents() throws Exception {
    long start = head();
    String phone = inbound("events 1 " + M);
    inbound(phone, "events 2 " + M);
    inbound(phone, "events 3 " + M);
    long deadline = System.nanoTime() + WAIT.toNanos();
    JsonArray all;
    do {
      Thread.sleep(100);
      all = eventsAfter(start, null, 500);
    } while (!all.toString().contains("events 3 " + M) && System.nanoTime() < deadline);
    List<String> ids = all.stream().map(e -> e.asJsonObject().getString("id")).toList();
    assertTrue(ids.stream().allMatch(id -> Long.parseLong(id) > start), "only later events");
    assertEquals(
        ids.stream().sorted((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b))).toList(),
        ids,
        "commit order");
    assertTrue(all.size() >= 6, "three messages and three conversation updates: " + all);

    // page by page, resuming after the last id seen: the same events, none skipped or repeated
    List<String> paged = new ArrayList<>();
    String after = Long.toString(start);
    while (paged.size() < ids.size()) {
      Api.Response page = Api.get("/api/v1/events?after=" + after + "&limit=2", admin);
      assertEquals(200, page.status(), page::toString);
      JsonArray data = page.json().getJsonArray("data");
      assertFalse(data.isEmpty(), "more pages while events remain");
      data.forEach(e -> paged.add(e.asJsonObject().getString("id")));
      after = data.getJsonObject(data.size() - 1).getString("id");
    }
    assertEquals(ids, paged.subList(0, ids.size()));

    String second = ids.get(1);
    assertEquals(
        ids.subList(2, ids.size()),
        ids(eventsAfter(Long.parseLong(second), null, 500)).subList(0, ids.size() - 2));

    JsonArray received = eventsAfter(start, "message.received", 500);
    assertTrue(
        received.stream()
            .allMatch(e -> e.asJsonObject().getString("type").equals("message.received")));
    assertEquals(
        List.of("events 1 " + M, "events 2 " + M, "events 3 " + M),
        received.stream()
            .map(e -> e.asJsonObject().getJsonObject("data").getString("message"))
            .filter(t -> t.endsWith(M))
            .toList());
    assertEquals(400, Api.get("/api/v1/events?types=nope", admin).status());
    assertEquals(400, Api.get("/api/v1/events?after=-1", admin).status());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/latest/meta-data",
        "http://169.254.10.10/hook",
        "http://[fe80::1]/hook",
        "http://[fd00:ec2::254]/hook",
        "http://0.0.0.0/hook",
        "ftp://127.0.0.1/hook"
      })
  void linkLocalAndMetadataUrlsAreRefusedEvenWithPrivateTargetsAllowed(String url) {
    Api.Response refused =
        Api.post(
            "/api/v1/webhook-endpoints", admin, "{\"url\":\"" + url + "\",\"eventTypes\":[\"*\"]}");
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.body().contains("\"field\":\"url\""), refused.body());
  }

  @Test
  void inputIsCheckedAndOnlyAdministratorsManageWebhooks() {
    Api.Response noTypes =
        Api.post(
            "/api/v1/webhook-endpoints",
            admin,
            "{\"url\":\"" + receiver.url("/x") + "\",\"eventTypes\":[\"message.nope\"]}");
    assertEquals(400, noTypes.status(), noTypes::toString);
    assertTrue(noTypes.body().contains("eventTypes"));
    Api.Response unknownField =
        Api.post(
            "/api/v1/webhook-endpoints",
            admin,
            "{\"url\":\"" + receiver.url("/x") + "\",\"eventTypes\":[\"*\"],\"secret\":\"mine\"}");
    assertEquals(400, unknownField.status(), unknownField::toString);
    String user = Tokens.token("wh-user-" + M, "USER");
    assertEquals(403, Api.get("/api/v1/webhook-endpoints", user).status());
    assertEquals(403, Api.get("/api/v1/events", user).status());
    assertEquals(
        404, Api.get("/api/v1/webhook-endpoints/" + java.util.UUID.randomUUID(), admin).status());
  }

  static JsonArray eventsAfter(Long after, String types, int limit) {
    Api.Response response =
        Api.get(
            "/api/v1/events?limit="
                + limit
                + (after == null ? "" : "&after=" + after)
                + (types == null ? "" : "&types=" + types),
            admin);
    assertEquals(200, response.status(), response::toString);
    return response.json().getJsonArray("data");
  }

  /** The newest event id: the events API paged through with meta.next until hasMore is false. */
  static long head() {
    String after = null;
    while (true) {
      Api.Response page =
          Api.get("/api/v1/events?limit=500" + (after == null ? "" : "&after=" + after), admin);
      assertEquals(200, page.status(), page::toString);
      JsonObject meta = page.json().getJsonObject("meta");
      after = meta.getString("next");
      if (!meta.getBoolean("hasMore")) {
        return Long.parseLong(after);
      }
    }
  }

  static List<String> ids(JsonArray events) {
    return events.stream().map(e -> e.asJsonObject().getString("id")).toList();
  }

  static JsonArray deliveries(String endpoint) {
    Api.Response response = Api.get("/api/v1/webhook-endpoints/" + endpoint + "/deliveries", admin);
    assertEquals(200, response.status(), response::toString);
    return response.json().getJsonArray("data");
  }

  /** Waits until every delivery of the endpoint is in {@code state}. */
  static void awaitState(String endpoint, String state) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!deliveries(endpoint).stream()
        .allMatch(d -> d.asJsonObject().getString("state").equals(state))) {
      assertTrue(
          System.nanoTime() < deadline,
          "deliveries never all " + state + ": " + deliveries(endpoint));
      Thread.sleep(50);
    }
  }

  static JsonObject awaitEndpoint(String id, java.util.function.Predicate<JsonObject> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      JsonObject e = Api.get("/api/v1/webhook-endpoints/" + id, admin).data();
      if (done.test(e)) {
        return e;
      }
      assertTrue(System.nanoTime() < deadline, "endpoint never changed as expected: " + e);
      Thread.sleep(50);
    }
  }
}
