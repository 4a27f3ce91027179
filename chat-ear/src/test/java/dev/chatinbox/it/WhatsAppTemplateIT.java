package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.MessageAwait;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 3: a WhatsApp template (Twilio Content SID + variables) sent outside the 24-hour
 * window goes to Twilio (the real SDK against the fake carrier) and is stored and shown with its
 * template id, variables and the text Twilio's Content API gives for it — in the history and as the
 * conversation's preview. {@code contentVariables} is an object or the JSON string Twilio takes.
 */
class WhatsAppTemplateIT {
  private static final String M = Seed.marker();
  private static FakeCarrier fake;
  private static String token;
  private static String phone;
  private static UUID whatsapp;

  @BeforeAll
  static void seed() throws Exception {
    LibertyServers.awaitReady(Api.BASE);
    fake = ItCarrier.get();
    phone = "+1415" + ThreadLocalRandom.current().nextInt(5_000_000, 5_999_999);
    try (Seed seed = new Seed()) {
      UUID me = seed.user("tpl-" + M, "Template User " + M, "USER");
      UUID contact = seed.contact("Template Contact " + M, phone, null, me);
      // no message from the contact: outside the 24-hour window
      whatsapp = seed.conversation(contact, "WhatsApp", 0, false, Instant.now());
    }
    token = Tokens.token("tpl-" + M, "USER");
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  private static String contentSid() {
    byte[] bytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(bytes);
    return "HX" + HexFormat.of().formatHex(bytes);
  }

  private static Api.Response send(String json) {
    return Api.post("/api/v1/conversations/" + whatsapp + "/messages/whatsapp", token, json);
  }

  private static FakeCarrier.Received twilioRequestOf(String sid) {
    return fake.twilioRequestsTo("whatsapp:" + phone).stream()
        .filter(r -> sid.equals(r.formValue("ContentSid")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Twilio request with ContentSid " + sid));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void freeTextOutsideTheWindowIsRefusedPointingToTemplates() {
    Api.Response refused = send("{\"message\":\"Hello\",\"to\":\"" + phone + "\"}");
    assertEquals(409, refused.status(), refused::toString);
    assertEquals("/problems/whatsapp-window", refused.json().getString("type"));
  }

  @Test
  void aTemplateIsSentStoredAndShownWithItsRenderedText() throws Exception {
    String sid = contentSid();
    fake.twilioContent(sid, "Hi {{1}}, your order {{2}} is ready for pick-up.");
    Api.Response created =
        send(
            "{\"to\":\"whatsapp:"
                + phone
                + "\",\"contentSid\":\""
                + sid
                + "\",\"contentVariables\":{\"1\":\"Ann\",\"2\":\"#42\"}}");
    assertEquals(201, created.status(), created::toString);
    JsonObject metadata = created.data().getJsonObject("metadata");
    assertEquals(sid, metadata.getString("templateSid"));
    assertEquals(
        json("{\"1\":\"Ann\",\"2\":\"#42\"}"), metadata.getJsonObject("templateVariables"));
    String id = created.data().getString("id");

    JsonObject sent = MessageAwait.status(whatsapp, id, "sent", token, Duration.ofSeconds(20));
    String text = "Hi Ann, your order #42 is ready for pick-up.";
    assertEquals(text, sent.getString("message"), "the text Twilio's Content API gives, filled in");
    assertEquals(sid, sent.getJsonObject("metadata").getString("templateSid"));
    assertEquals(
        "Ann", sent.getJsonObject("metadata").getJsonObject("templateVariables").getString("1"));
    assertEquals(phone, sent.getJsonObject("metadata").getString("to"), "the recipient");

    FakeCarrier.Received request = twilioRequestOf(sid);
    assertNull(request.formValue("Body"), "a template goes without a body");
    assertEquals(
        json("{\"1\":\"Ann\",\"2\":\"#42\"}"), json(request.formValue("ContentVariables")));
    assertTrue(
        fake.requests().stream()
            .anyMatch(r -> "GET".equals(r.method()) && r.path().endsWith("/v1/Content/" + sid)),
        "the text came from the Content API");

    JsonObject listed =
        Api.get("/api/v1/conversations?search=" + M, token)
            .data()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals(whatsapp.toString(), listed.getString("id"));
    assertEquals(id, listed.getJsonObject("lastMessage").getString("id"));
    assertEquals(text, listed.getJsonObject("lastMessage").getString("message"), "the preview");
  }

  @Test
  void variablesMayComeAsTheJsonStringTwilioTakes() throws Exception {
    String sid = contentSid();
    fake.twilioContent(sid, "Welcome back, {{1}}!");
    Api.Response created =
        send(
            "{\"to\":\""
                + phone
                + "\",\"contentSid\":\""
                + sid
                + "\",\"contentVariables\":\"{\\\"1\\\":\\\"Bo\\\"}\"}");
    assertEquals(201, created.status(), created::toString);
    assertEquals(
        "Bo",
        created.data().getJsonObject("metadata").getJsonObject("templateVariables").getString("1"));
    JsonObject sent =
        MessageAwait.status(
            whatsapp, created.data().getString("id"), "sent", token, Duration.ofSeconds(20));
    assertEquals("Welcome back, Bo!", sent.getString("message"));
    assertEquals(json("{\"1\":\"Bo\"}"), json(twilioRequestOf(sid).formValue("ContentVariables")));
  }

  @Test
  void aTemplateTwilioCannotDescribeIsStillSentAndShownByItsId() throws Exception {
    String sid = contentSid(); // unknown to the Content API: 404
    Api.Response created = send("{\"to\":\"" + phone + "\",\"contentSid\":\"" + sid + "\"}");
    assertEquals(201, created.status(), created::toString);
    JsonObject sent =
        MessageAwait.status(
            whatsapp, created.data().getString("id"), "sent", token, Duration.ofSeconds(20));
    assertEquals("", sent.getString("message"));
    assertEquals(sid, sent.getJsonObject("metadata").getString("templateSid"));
    assertFalse(sent.getJsonObject("metadata").containsKey("templateVariables"));
  }

  @Test
  void badVariablesAre400NamingTheField() {
    String sid = contentSid();
    for (String variables :
        List.of("\"not json\"", "{\"1\":{\"x\":1}}", "[\"Ann\"]", "\"[1]\"", "5")) {
      Api.Response refused =
          send(
              "{\"to\":\""
                  + phone
                  + "\",\"contentSid\":\""
                  + sid
                  + "\",\"contentVariables\":"
                  + variables
                  + "}");
      assertEquals(400, refused.status(), () -> variables + " " + refused);
      assertTrue(refused.contentType().startsWith("application/problem+json"));
      assertEquals(
          "contentVariables",
          refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
          refused::toString);
    }
    Api.Response withoutTemplate =
        send("{\"to\":\"" + phone + "\",\"message\":\"Hi\",\"contentVariables\":{\"1\":\"Ann\"}}");
    assertEquals(400, withoutTemplate.status(), withoutTemplate::toString);
    assertEquals(
        "contentVariables",
        withoutTemplate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertTrue(fake.twilioRequestsTo("whatsapp:" + phone).isEmpty(), "nothing was sent");
  }
}
