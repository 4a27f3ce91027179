package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.OpenApiOperations;
import dev.chatinbox.it.support.OpenApiOperations.Operation;
import dev.chatinbox.it.support.RawHttp;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Random requests over every operation of the served OpenAPI document (issue #17): mutated ids and
 * query values, bodies with NUL characters, deep nesting, huge numbers and dates, broken encodings,
 * wrong content types and sizes — with and without tokens, webhooks included. Not one answer may be
 * a 5xx or an HTML error page. The seed is printed on failure; {@code -Dfuzz.seed=N} replays a run,
 * {@code -Dfuzz.requests=N} sets its size (default 10,000).
 */
class FuzzIT {
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);

  private static final String[] ID_MUTATIONS = {
    "",
    "x",
    "%2F",
    "%5C",
    "%2E",
    "%2E%2E",
    "%00",
    "a%00b",
    "%zz",
    "%",
    "%E2%82",
    "%C0%AE",
    "' OR '1'='1",
    "00000000-0000-0000-0000-000000000000",
    "-1",
    "99999999999999999999999",
    "manual-actions",
    "search",
    "updates",
    "%F0%9F%98%80",
    "a".repeat(3000),
    "..%2F..%2Fetc",
    "\u00e9"
  };
  private static final String[] VALUE_MUTATIONS = {
    "",
    "%00",
    "a%00b",
    "%zz",
    "%",
    "%E2%82",
    "-1",
    "0",
    "2147483648",
    "9".repeat(400),
    "-999999999-01-01T00:00:00Z",
    "%2B999999999-12-31T23:59:59Z",
    "2026-13-45T99:99:99Z",
    "1e999999999",
    "null",
    "true",
    "%5B%5D",
    "a".repeat(3000),
    "%27%20OR%201%3D1--",
    "SMS",
    "whatsapp",
    "Email",
    "unread",
    "latest",
    "USER",
    "pending",
    "%0D%0ASet-Cookie:x=1",
    "2026-11-25T10:15:30.000Z",
    "00000000-0000-7000-8000-000000000000"
  };
  private static final String[] JSON_STRINGS = {
    "\"x\"",
    "\"\"",
    "\"a\\u0000b\"",
    "\"\\u0000\"",
    "\"-999999999-01-01T00:00:00Z\"",
    "\"+999999999-12-31T23:59:59Z\"",
    "\"2030-01-01T00:00:00Z\"",
    "\"SMS\"",
    "\"Email\"",
    "\"WhatsApp\"",
    "\"+14155550100\"",
    "\"a@example.com\"",
    "\"Hi\\r\\nBcc: x@evil.test\"",
    "\"<script>alert(1)</script>\"",
    "\"" + "z".repeat(5000) + "\"",
    "\"\\ud800\""
  };
  private static final String[] JSON_OTHERS = {
    "0",
    "-1",
    "1.5",
    "9".repeat(5000),
    "1e999999999",
    "-1e-999999999",
    "true",
    "false",
    "null",
    "[]",
    "{}",
    "[\"a\",\"b\\u0000\"]",
    "[" + "[".repeat(40) + "]".repeat(40) + "]",
    "{\"a\":".repeat(1100) + "1" + "}".repeat(1100),
    "[" + "[".repeat(1500) + "]".repeat(1500) + "]"
  };
  private static final String[] CONTENT_TYPES = {
    "application/json",
    "application/json",
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=zz",
    "application/xml",
    "application/json; charset=ISO-8859-1",
    null
  };

  /**
   * One answer; {@code path} is the request's path as sent (no query) and {@code jsonClient}
   * whether its Content-Type (or, without one, its Accept) named application/json.
   */
  private record Outcome(
      String request,
      String path,
      boolean jsonClient,
      int status,
      String contentType,
      String body) {
    @Override
    public String toString() {
      return request + " -> " + status + " " + contentType + " " + body;
    }
  }

  /**
   * A NUL or other control character escaped in the path, or a % not followed by two hex digits.
   */
  private static final java.util.regex.Pattern UNDECODABLE_PATH =
      java.util.regex.Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])|%(?![0-9A-Fa-f]{2})");

  @Test
  void noRequestGetsA5xxOrAnHtmlErrorPage() throws Exception {
    long seed = Long.getLong("fuzz.seed", new Random().nextLong());
    ItCarrier.get();
    String m = Seed.marker();
    UUID conversation;
    UUID message;
    try (Seed db = new Seed()) {
      UUID owner = db.user("fz-owner-" + m, "Fuzz Owner", "USER");
      UUID contact = db.contact("Fuzz " + m, "+14155556123", "fuzz." + m + "@example.com", owner);
      conversation = db.conversation(contact, "SMS", 1, false, Instant.now());
      message = db.message(conversation, "SMS", "contact", null, "fuzz", Instant.now(), null);
    }
    List<String> tokens =
        List.of(
            Tokens.token("fz-admin-" + m, "ADMIN"),
            Tokens.token("fz-owner-" + m, "USER"),
            Tokens.token("fz-stranger-" + m, "USER"),
            Tokens.token("fz-cust-" + m, "CUST"),
            Tokens.expired("fz-late-" + m, "ADMIN"),
            "garbage",
            "");
    List<Operation> operations = OpenApiOperations.served();
    assertTrue(operations.size() >= 29, "operations found: " + operations.size());
    List<String> realIds = List.of(conversation.toString(), message.toString());

    List<Outcome> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger sent = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> workers = new ArrayList<>();
    int perWorker = (REQUESTS + 5) / 6;
    for (int w = 0; w < 6; w++) {
      Random random = new Random(seed + w);
      workers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < perWorker; i++) {
                  Operation op = operations.get(i % operations.size());
                  Outcome outcome = send(random, op, tokens, realIds);
                  sent.incrementAndGet();
                  if (outcome.status() >= 500 || isHtmlErrorPage(outcome)) {
                    failures.add(outcome);
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    assertTrue(sent.get() >= REQUESTS, "requests sent: " + sent.get());
    java.util.Map<String, Long> kinds =
        failures.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    f -> f.status() + " " + f.contentType(),
                    java.util.stream.Collectors.counting()));
    assertEquals(
        List.of(),
        failures.stream().limit(15).map(Outcome::toString).toList(),
        () ->
            "fuzz seed "
                + seed
                + " (replay with -Dfuzz.seed="
                + seed
                + "): "
                + failures.size()
                + " of "
                + sent.get()
                + " requests got a 5xx or an HTML page, by kind "
                + kinds);
  }

  /**
   * An HTML answer — with one exception, scoped to exactly the requests it concerns: Liberty's
   * one-line 400 for a request <em>path</em> it cannot decode (a NUL or other control character, or
   * a malformed escape such as {@code %zz} or a lone {@code %}) from a client that asked for
   * neither JSON answers nor sent JSON. Open Liberty 26.0.0.3 writes it in {@code
   * com.ibm.ws.webcontainer.WebContainer.handleRequest}, when {@code WSURLDecoder.decode} or {@code
   * RequestUtils.canonicalizeURI} refuses the path, through {@code sendBadRequestResponse}: before
   * any virtual host, application, filter or error page is chosen, as {@code text/html} unless the
   * request's Accept or Content-Type names application/json (then {@code application/json}). No
   * page, no class names, no stack (README, Security).
   */
  private static boolean isHtmlErrorPage(Outcome outcome) {
    if (!outcome.contentType().toLowerCase(Locale.ROOT).contains("text/html")) {
      return false;
    }
    return !(outcome.status() == 400
        && !outcome.jsonClient()
        && UNDECODABLE_PATH.matcher(outcome.path()).find()
        && outcome.body().startsWith("<H1>CWWWC0005I:")
        && !outcome.body().contains("Exception"));
  }

  /**
   * The exception {@link #isHtmlErrorPage} allows, pinned down: a path Liberty cannot decode is 400
   * before the application runs — {@code application/json} for a JSON client (what the SDK and the
   * CLI send), the one-line {@code text/html} otherwise, never a stack or a class name.
   */
  @Test
  void anUndecodablePathIsA400ThatAJsonClientGetsAsJson() throws Exception {
    for (String bad : List.of("%00", "a%00b", "%zz", "%", "%0A")) {
      String target = "/api/v1/conversations/" + bad;
      RawHttp.Answer json =
          RawHttp.send("GET", target, java.util.Map.of("Accept", "application/json"), null);
      assertEquals(400, json.status(), () -> target + ": " + json.body());
      assertTrue(json.contentType().startsWith("application/json"), json::contentType);
      assertTrue(json.body().contains("CWWWC0005I"), json::body);
      RawHttp.Answer html = RawHttp.send("GET", target, java.util.Map.of("Accept", "*/*"), null);
      assertEquals(400, html.status());
      assertFalse(
          isHtmlErrorPage(
              new Outcome(target, target, false, html.status(), html.contentType(), html.body())),
          () -> target + " is tolerated: " + html.contentType() + " " + html.body());
      assertFalse(html.body().contains("Exception") || html.body().contains("at com."));
    }
  }

  /**
   * A reproduction the fuzz found: a body over the limit with a broken escape in the query was a
   * 500 ({@code RequestSizeLimitFilter} read the request URI, which the broken escape makes
   * unparsable).
   */
  @Test
  void anOversizedBodyWithABrokenQueryEscapeIsA413() throws Exception {
    byte[] body = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    RawHttp.Answer answer =
        RawHttp.send(
            "PATCH",
            "/api/v1/users/" + UUID.randomUUID() + "?x=%zz&y=%",
            java.util.Map.of(
                "Accept", "application/json",
                "Content-Type", "application/json",
                "Authorization", "Bearer " + Tokens.token("fz-big-" + Seed.marker(), "ADMIN")),
            body);
    assertEquals(413, answer.status(), answer::body);
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer::contentType);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static Outcome send(
      Random random, Operation op, List<String> tokens, List<String> realIds) {
    StringBuilder path = new StringBuilder();
    for (String segment : op.path().split("/", -1)) {
      if (path.length() > 0 || !segment.isEmpty()) {
        path.append('/');
      }
      if (segment.startsWith("{")) {
        int roll = random.nextInt(10);
        path.append(
            roll < 4
                ? realIds.get(random.nextInt(realIds.size()))
                : roll < 6 ? UUID.randomUUID().toString() : pick(random, ID_MUTATIONS));
      } else {
        path.append(segment);
      }
    }
    StringBuilder query = new StringBuilder();
    for (String name : op.query()) {
      if (random.nextInt(3) == 0) {
        query.append(query.length() == 0 ? "?" : "&").append(name).append('=');
        query.append(pick(random, VALUE_MUTATIONS));
      }
    }
    if (random.nextInt(8) == 0) {
      query.append(query.length() == 0 ? "?" : "&").append(pick(random, VALUE_MUTATIONS));
    }
    String target = (path + query.toString()).replace(" ", "%20");
    java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
    headers.put("Accept", random.nextInt(5) == 0 ? "text/html" : "application/json");
    String token = tokens.get(random.nextInt(tokens.size()));
    if (!token.isEmpty() && !(op.isPublic() && random.nextBoolean())) {
      headers.put("Authorization", "Bearer " + token);
    }
    byte[] body = null;
    String description = op.method() + " " + target;
    if (!op.method().equals("GET") && !op.method().equals("DELETE") || random.nextInt(10) == 0) {
      body = body(random);
      String type = pick(random, CONTENT_TYPES);
      if (op.isPublic() && random.nextBoolean()) {
        type = "application/x-www-form-urlencoded";
        body = pick(random, FORMS).getBytes(StandardCharsets.UTF_8);
      }
      if (type != null) {
        headers.put("Content-Type", type);
      }
      headers.put("X-Twilio-Signature", "bad");
      description +=
          " ["
              + type
              + "] "
              + new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
    }
    String rawPath = path.toString().replace(" ", "%20");
    // Liberty's rule: the Content-Type when there is one, else the Accept header
    String negotiated =
        headers.containsKey("Content-Type") ? headers.get("Content-Type") : headers.get("Accept");
    boolean jsonClient = negotiated.toLowerCase(Locale.ROOT).contains("application/json");
    try {
      RawHttp.Answer answer = RawHttp.send(op.method(), target, headers, body);
      return new Outcome(
          description, rawPath, jsonClient, answer.status(), answer.contentType(), answer.body());
    } catch (java.io.IOException e) {
      // the server may drop a connection it refused (e.g. an oversized body): not an answer
      return new Outcome(description, rawPath, jsonClient, 0, "", e.toString());
    }
  }

  private static final String[] FORMS = {
    "Body=%_%",
    "From=%2B14155550100&Body=hi%00there",
    "MessageSid=SM1&MessageStatus=delivered",
    "a=%E2%82",
    "%zz=1",
    "Body=" + "x".repeat(5000),
    "=&&=",
    "From=ACME&Body=hello"
  };

  private static final String[] FIELDS = {
    "message",
    "to",
    "from",
    "channel",
    "scheduledAt",
    "contactId",
    "conversationId",
    "action",
    "status",
    "assignedTo",
    "tags",
    "tag",
    "email",
    "phone",
    "fullName",
    "name",
    "username",
    "roles",
    "active",
    "isStarred",
    "unreadCount",
    "subject",
    "body",
    "fromEmail",
    "fromName",
    "userId",
    "ownerId",
    "dnd",
    "dndAll",
    "attachments",
    "cc",
    "bcc",
    "isPrimary",
    "avatar"
  };

  private static byte[] body(Random random) {
    int roll = random.nextInt(20);
    if (roll == 0) {
      return new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'}; // not UTF-8
    }
    if (roll == 1) {
      return "{\"message\":".getBytes(StandardCharsets.UTF_8); // cut off
    }
    if (roll == 2) {
      return new byte[0];
    }
    if (roll == 3 && random.nextInt(10) == 0) {
      return ("{\"message\":\"" + "y".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
    if (roll == 4) {
      return pick(random, JSON_OTHERS).getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder json = new StringBuilder("{");
    int fields = 1 + random.nextInt(5);
    for (int i = 0; i < fields; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append('"').append(pick(random, FIELDS)).append("\":");
      json.append(random.nextBoolean() ? pick(random, JSON_STRINGS) : pick(random, JSON_OTHERS));
    }
    return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }
}
