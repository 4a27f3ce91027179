package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.RawHttp;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client's mistake is a 4xx problem+json naming what is wrong, never a 500 or the container's
 * HTML page (issue #17, finding 4) — each case is a reproduction from the attack run.
 */
class InputErrorsIT {
  private static final String M = Seed.marker();
  private static String admin;
  private static UUID contact;
  private static UUID conversation;

  @BeforeAll
  static void seed() throws Exception {
    admin = Tokens.token("inerr-admin-" + M, "ADMIN");
    try (Seed seed = new Seed()) {
      UUID owner = seed.user("inerr-owner-" + M, "Owner " + M, "USER");
      contact =
          seed.contact("Input Errors " + M, "+14155557001", "inerr." + M + "@example.com", owner);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
  }

  private static void assertProblem(int status, Api.Response response) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
    assertEquals(status, response.json().getInt("status"));
  }

  /** A 400 whose {@code errors} name {@code field}. */
  private static void assertNames(String field, Api.Response response) {
    assertProblem(400, response);
    JsonObject problem = response.json();
    assertTrue(
        problem.getJsonArray("errors").stream()
            .anyMatch(e -> e.asJsonObject().getString("field").equals(field)),
        () -> field + " named in " + problem);
  }

  @Test
  void aBrokenPercentEscapeInATwilioFormIs400BeforeTheSignatureCheck() {
    Api.Response response =
        Api.send(
            HttpRequest.newBuilder(
                    java.net.URI.create(Api.BASE + "/api/v1/webhooks/twilio/sms/inbound"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("From=%2B1415&Body=%_%"))
                .build());
    assertNames("Body", response);
  }

  @Test
  void nulCharactersInQueryValuesAndBodiesAre400NamingTheField() throws Exception {
    assertNames("search", Api.get("/api/v1/conversations?search=a%00b", admin));
    assertNames("search", Api.get("/api/v1/contacts?search=a%00b", admin));
    RawHttp.Answer broken =
        RawHttp.send(
            "GET",
            "/api/v1/conversations?search=%_%",
            Map.of("Authorization", "Bearer " + admin, "Accept", "application/json"),
            null);
    assertEquals(400, broken.status(), broken::toString);
    assertTrue(broken.contentType().startsWith("application/problem+json"), broken::toString);
    assertTrue(broken.body().contains("\"search\""), broken::toString);
    String conv = "/api/v1/conversations/" + conversation;
    assertNames(
        "message",
        Api.post(
            conv + "/messages/sms", admin, "{\"message\":\"hi\\u0000\",\"to\":\"+14155557001\"}"));
    assertNames("tag", Api.post(conv + "/contact/tags", admin, "{\"tag\":\"a\\u0000\"}"));
    assertNames("tags[1]", Api.patch(conv + "/contact", admin, "{\"tags\":[\"ok\",\"b\\u0000\"]}"));
    assertNames(
        "fullName",
        Api.post(
            "/api/v1/contacts",
            admin,
            "{\"fullName\":\"Nul\\u0000Name\",\"phone\":\"+14155557002\"}"));
    assertNames(
        "action",
        Api.post(
            "/api/v1/conversations/manual-actions",
            admin,
            "{\"conversationId\":\"" + conversation + "\",\"action\":\"x\\u0000\"}"));
  }

  @Test
  void deepNestingAndHugeNumbersAre400() {
    String conv = "/api/v1/conversations/" + conversation;
    String deep = "{\"tags\":" + "[".repeat(1200) + "]".repeat(1200) + "}";
    Api.Response nested = Api.patch(conv + "/contact", admin, deep);
    assertProblem(400, nested);
    assertTrue(
        nested
            .json()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("field")
            .startsWith("tags[0]"),
        nested::toString);
    assertNames(
        "unreadCount", Api.patch(conv, admin, "{\"unreadCount\":" + "9".repeat(5000) + "}"));
    assertNames("unreadCount", Api.patch(conv, admin, "{\"unreadCount\":1e999999999}"));
    Api.Response signedDeep =
        Webhooks.sendGrid("[" + "{\"a\":".repeat(1200) + "1" + "}".repeat(1200) + "]");
    assertProblem(400, signedDeep);
    Api.Response signedHuge = Webhooks.sendGrid("[{\"timestamp\":" + "9".repeat(5000) + "}]");
    assertTrue(signedHuge.status() < 500, signedHuge::toString);
  }

  @Test
  void extremeDatesAre400() {
    String conv = "/api/v1/conversations/" + conversation;
    assertNames("before", Api.get(conv + "/messages?before=-999999999-01-01T00:00:00Z", admin));
    assertNames(
        "lastUpdate",
        Api.get("/api/v1/conversations/updates?lastUpdate=%2B999999999-12-31T00:00:00Z", admin));
    assertNames(
        "scheduledAt",
        Api.post(
            conv + "/messages/schedule",
            admin,
            "{\"channel\":\"SMS\",\"message\":\"x\",\"scheduledAt\":\"+999999999-12-31T00:00:00Z\"}"));
  }

  @Test
  void anEmptyChannelIs400() {
    String conv = "/api/v1/conversations/" + conversation;
    assertNames(
        "channel", Api.post(conv + "/messages", admin, "{\"channel\":\"\",\"message\":\"x\"}"));
    assertNames(
        "channel",
        Api.post(
            conv + "/messages/schedule",
            admin,
            "{\"channel\":\"\",\"message\":\"x\",\"scheduledAt\":\"2030-01-01T00:00:00Z\"}"));
    assertNames(
        "channel",
        Api.post(
            "/api/v1/conversations",
            admin,
            "{\"contactId\":\"" + contact + "\",\"channel\":\"\"}"));
  }

  @Test
  void pathsTheContainerWillNotDecodeAreProblemJsonNotHtml() {
    for (String id : new String[] {"%5C", "%2F", "%2E", "%2e%2e", "a%5Cb"}) {
      Api.Response response = Api.get("/api/v1/conversations/" + id, admin);
      assertEquals(400, response.status(), id + ": " + response);
      assertTrue(
          response.contentType().startsWith("application/problem+json"), id + ": " + response);
      assertTrue(!response.body().contains("com.ibm"), "no class names: " + response);
    }
  }
}
