package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scheduled send over HTTP (spec 9.1, 9.2 and our list): schedule, list, cancel; 400 on a bad
 * {@code scheduledAt}, 404 for those who cannot see the conversation, 409 once a message went; a
 * message due while the server was down goes once, with its lateness in the metadata. Sends are
 * counted at the fake carrier the server's real Twilio SDK calls.
 */
class ScheduledMessageIT {
  private static final String M = Seed.marker();
  private static final String WAITING_PHONE = "+14155550711";
  private static final String SOON_PHONE = "+14155550712";
  private static final String OVERDUE_PHONE = "+14155550713";
  private static FakeCarrier carrier;
  private static String owner;
  private static String nosy;
  private static String admin;
  private static UUID waiting;
  private static UUID soon;
  private static UUID overdue;
  private static UUID overdueMessage;

  @BeforeAll
  static void seed() throws Exception {
    carrier = ItCarrier.get();
    try (Seed seed = new Seed()) {
      UUID me = seed.user("sched-owner-" + M, "Scheduler " + M, "USER");
      seed.user("sched-nosy-" + M, "Nosy " + M, "USER");
      UUID someone = seed.user("sched-other-" + M, "Other " + M, "USER");
      waiting =
          seed.conversation(
              seed.contact("Sched Waiting " + M, WAITING_PHONE, null, me),
              "SMS",
              0,
              false,
              Instant.now());
      soon =
          seed.conversation(
              seed.contact("Sched Soon " + M, SOON_PHONE, null, me),
              "SMS",
              0,
              false,
              Instant.now());
      overdue =
          seed.conversation(
              seed.contact("Sched Overdue " + M, OVERDUE_PHONE, null, someone),
              "SMS",
              0,
              false,
              Instant.now());
      // scheduled yesterday for an hour ago: it fell due while the server was down
      overdueMessage =
          seed.scheduledSms(
              overdue,
              someone,
              "due while down " + M,
              OVERDUE_PHONE,
              Instant.now().minus(Duration.ofDays(1)),
              Instant.now().minus(Duration.ofHours(1)));
    }
    owner = Tokens.token("sched-owner-" + M, "USER");
    nosy = Tokens.token("sched-nosy-" + M, "USER");
    admin = Tokens.token("sched-admin-" + M, "ADMIN");
  }

  private static String schedulePath(UUID conversation) {
    return "/api/v1/conversations/" + conversation + "/messages/schedule";
  }

  private static String smsBody(String text, String scheduledAt) {
    return "{\"channel\":\"SMS\",\"message\":\""
        + text
        + "\""
        + (scheduledAt == null ? "" : ",\"scheduledAt\":\"" + scheduledAt + "\"")
        + "}";
  }

  private static List<String> listedIds(String query, String token) {
    Api.Response list = Api.get("/api/v1/scheduled-messages" + query, token);
    assertEquals(200, list.status(), list::toString);
    return list.data().getJsonArray("data").stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  private static void assertProblem(
      Api.Response response, int status, String type, String... fields) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
    assertEquals(type, response.json().getString("type"));
    if (fields.length > 0) {
      assertEquals(
          List.of(fields),
          response.json().getJsonArray("errors").stream()
              .map(e -> e.asJsonObject().getString("field"))
              .sorted()
              .toList());
    }
  }

  /** The message as the history shows it, once it reached {@code status}. */
  private static JsonObject awaitStatus(UUID conversation, String id, String status, String token)
      throws InterruptedException {
    JsonObject last = null;
    for (int i = 0; i < 150; i++) {
      for (var v :
          Api.get("/api/v1/conversations/" + conversation + "/messages", token)
              .data()
              .getJsonArray("data")) {
        JsonObject m = v.asJsonObject();
        if (m.getString("id").equals(id)) {
          last = m;
          if (status.equals(m.getString("status", ""))) {
            return m;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("message " + id + " never reached " + status + "; last: " + last);
  }

  @Test
  void scheduleListAndCancel() {
    Instant at =
        Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String withOffset = at.atOffset(ZoneOffset.ofHours(2)).toString();
    Api.Response scheduled =
        Api.post(schedulePath(waiting), owner, smsBody("in three days", withOffset));
    assertEquals(201, scheduled.status(), scheduled::toString);
    JsonObject data = scheduled.data();
    assertEquals(Set.of("id", "scheduledAt", "status"), data.keySet(), "spec 9.1's shape");
    assertEquals("scheduled", data.getString("status"));
    assertEquals(at.toString().replace("Z", ".000Z"), data.getString("scheduledAt"), "in UTC");
    String id = data.getString("id");

    assertTrue(listedIds("?conversationId=" + waiting + "&status=scheduled", owner).contains(id));
    assertTrue(listedIds("?status=SCHEDULED&page=1&pageSize=200", admin).contains(id));
    JsonObject listed =
        Api.get("/api/v1/scheduled-messages?conversationId=" + waiting, owner)
            .data()
            .getJsonArray("data")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(m -> m.getString("id").equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals("in three days", listed.getString("message"));
    assertEquals(data.getString("scheduledAt"), listed.getString("scheduledAt"));
    assertEquals("scheduled", listed.getString("status"));

    Api.Response cancelled = Api.delete("/api/v1/scheduled-messages/" + id, owner);
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals(Set.of("id", "scheduledAt", "status"), cancelled.data().keySet());
    assertEquals("cancelled", cancelled.data().getString("status"));
    assertEquals(id, cancelled.data().getString("id"));
    assertProblem(Api.delete("/api/v1/scheduled-messages/" + id, owner), 409, "/problems/conflict");
    assertFalse(listedIds("?conversationId=" + waiting + "&status=scheduled", owner).contains(id));
    assertTrue(listedIds("?conversationId=" + waiting + "&status=cancelled", owner).contains(id));
    assertEquals(List.of(), carrier.twilioRequestsTo(WAITING_PHONE), "never sent");
  }

  @Test
  void aBadScheduledAtIsA400NamingItAndStoresNothing() {
    long before = listedIds("?conversationId=" + waiting, owner).size();
    assertProblem(
        Api.post(schedulePath(waiting), owner, smsBody("no time", null)),
        400,
        "/problems/validation",
        "scheduledAt");
    assertProblem(
        Api.post(schedulePath(waiting), owner, smsBody("no offset", "2030-01-01T10:00:00")),
        400,
        "/problems/validation",
        "scheduledAt");
    assertProblem(
        Api.post(schedulePath(waiting), owner, smsBody("past", "2020-01-01T10:00:00Z")),
        400,
        "/problems/validation",
        "scheduledAt");
    String beyond = Instant.now().plus(Duration.ofDays(366)).toString();
    assertProblem(
        Api.post(schedulePath(waiting), owner, smsBody("too far", beyond)),
        400,
        "/problems/validation",
        "scheduledAt");
    assertProblem(
        Api.post(
            "/api/v1/conversations/" + waiting + "/messages/sms",
            owner,
            "{\"message\":\"too far\",\"to\":\""
                + WAITING_PHONE
                + "\",\"scheduledAt\":\""
                + beyond
                + "\"}"),
        400,
        "/problems/validation",
        "scheduledAt");
    assertProblem(
        Api.post(
            schedulePath(waiting),
            owner,
            "{\"channel\":\"Fax\",\"message\":\"x\",\"scheduledAt\":\"" + beyond + "\"}"),
        400,
        "/problems/validation",
        "channel");
    assertProblem(
        Api.post(
            schedulePath(waiting),
            owner,
            "{\"channel\":\"SMS\",\"message\":\"\",\"scheduledAt\":\""
                + Instant.now().plus(Duration.ofDays(1))
                + "\"}"),
        400,
        "/problems/validation",
        "message");
    assertEquals(before, listedIds("?conversationId=" + waiting, owner).size(), "nothing stored");
    assertProblem(
        Api.get("/api/v1/scheduled-messages?status=later&conversationId=x&pageSize=0", owner),
        400,
        "/problems/validation",
        "conversationId",
        "pageSize",
        "status");
  }

  @Test
  void onlyThoseWhoSeeTheConversationMaySeeOrCancelItsScheduledMessages() {
    String at = Instant.now().plus(Duration.ofDays(5)).toString();
    String id =
        Api.post(schedulePath(waiting), owner, smsBody("private", at)).data().getString("id");
    assertProblem(Api.delete("/api/v1/scheduled-messages/" + id, nosy), 404, "/problems/not-found");
    assertProblem(
        Api.get("/api/v1/scheduled-messages?conversationId=" + waiting, nosy),
        404,
        "/problems/not-found");
    assertFalse(listedIds("?pageSize=200", nosy).contains(id));
    assertProblem(
        Api.post(schedulePath(waiting), nosy, smsBody("not mine", at)), 404, "/problems/not-found");
    assertProblem(
        Api.delete("/api/v1/scheduled-messages/" + UUID.randomUUID(), owner),
        404,
        "/problems/not-found");
    assertProblem(
        Api.delete("/api/v1/scheduled-messages/not-an-id", owner), 404, "/problems/not-found");
    assertProblem(
        Api.delete("/api/v1/scheduled-messages/" + id, Tokens.token("sched-cust-" + M, "CUST")),
        403,
        "/problems/forbidden");
    assertEquals(401, Api.delete("/api/v1/scheduled-messages/" + id, null).status());
    assertTrue(listedIds("?pageSize=200&status=scheduled", admin).contains(id));
    assertEquals(
        "cancelled",
        Api.delete("/api/v1/scheduled-messages/" + id, admin).data().getString("status"),
        "an administrator sees and cancels every conversation's");
  }

  @Test
  void aMessageIsNotSentBeforeItsTimeThenSentOnceAndCancellingItThenIsA409() throws Exception {
    Api.Response scheduled =
        Api.post(
            schedulePath(soon),
            owner,
            smsBody("in four seconds", Instant.now().plus(Duration.ofSeconds(4)).toString()));
    assertEquals(201, scheduled.status(), scheduled::toString);
    String id = scheduled.data().getString("id");
    assertEquals(List.of(), carrier.twilioRequestsTo(SOON_PHONE), "not before its time");
    JsonObject sent = awaitStatus(soon, id, "sent", owner);
    assertTrue(sent.getJsonObject("metadata").containsKey("scheduledLatenessMs"), sent::toString);
    assertEquals(1, carrier.twilioRequestsTo(SOON_PHONE).size(), "sent once");
    assertProblem(Api.delete("/api/v1/scheduled-messages/" + id, owner), 409, "/problems/conflict");
    assertTrue(listedIds("?conversationId=" + soon + "&status=sent", owner).contains(id));
    Thread.sleep(1500); // a few more dispatcher rounds
    assertEquals(1, carrier.twilioRequestsTo(SOON_PHONE).size(), "still once");
  }

  @Test
  void aMessageDueWhileTheServerWasDownIsSentOnceWithItsLateness() throws Exception {
    JsonObject sent = awaitStatus(overdue, overdueMessage.toString(), "sent", admin);
    long lateness = sent.getJsonObject("metadata").getJsonNumber("scheduledLatenessMs").longValue();
    assertTrue(lateness >= Duration.ofHours(1).toMillis(), "late by an hour or more: " + lateness);
    assertEquals(
        List.of("due while down " + M),
        carrier.twilioRequestsTo(OVERDUE_PHONE).stream().map(r -> r.formValue("Body")).toList());
  }

  @Test
  void theOpenApiDocumentDescribesTheScheduleEndpoints() {
    Api.Response response =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET().build());
    JsonObject paths = response.json().getJsonObject("paths");
    assertTrue(
        paths
            .getJsonObject("/api/v1/conversations/{conversationId}/messages/schedule")
            .containsKey("post"));
    assertTrue(paths.getJsonObject("/api/v1/scheduled-messages/{messageId}").containsKey("delete"));
    List<String> parameters =
        paths
            .getJsonObject("/api/v1/scheduled-messages")
            .getJsonObject("get")
            .getJsonArray("parameters")
            .stream()
            .map(p -> p.asJsonObject().getString("name", ""))
            .toList();
    assertTrue(
        parameters.containsAll(List.of("conversationId", "status", "page", "pageSize")),
        parameters::toString);
    JsonObject schemas = response.json().getJsonObject("components").getJsonObject("schemas");
    assertTrue(
        schemas
            .getJsonObject("MessageMetadataOutput")
            .getJsonObject("properties")
            .containsKey("scheduledLatenessMs"));
    assertTrue(schemas.containsKey("ScheduledMessageResponse"), schemas.keySet()::toString);
  }
}
