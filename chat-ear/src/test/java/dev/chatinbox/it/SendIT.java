package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spec 2.2–2.5 over HTTP: every channel goes through the real Twilio and SendGrid SDKs to the fake
 * carrier (status {@code sent}; the sandbox path to {@code delivered} is covered in chat-core);
 * every rule refuses with the right problem and stores nothing.
 */
class SendIT {
  private static final String M = Seed.marker();
  private static String token;
  private static UUID sms;
  private static UUID whatsapp;
  private static UUID freshWhatsapp;
  private static UUID email;
  private static UUID dndSms;

  @BeforeAll
  static void seed() throws Exception {
    dev.chatinbox.it.support.ItCarrier.get();
    try (Seed seed = new Seed()) {
      UUID me = seed.user("sender-" + M, "Sender " + M, "USER");
      UUID contact =
          seed.contact("Send Target " + M, "+14155550776", "target." + M + "@example.com", me);
      sms = seed.conversation(contact, "SMS", 0, false, Instant.now());
      whatsapp = seed.conversation(contact, "WhatsApp", 0, false, Instant.now());
      seed.message(
          whatsapp,
          "WhatsApp",
          "contact",
          null,
          "hi there",
          Instant.now().minus(Duration.ofHours(1)),
          null);
      email = seed.conversation(contact, "Email", 0, false, Instant.now());
      UUID other = seed.contact("Old WhatsApp " + M, "+14155550778", null, me);
      freshWhatsapp = seed.conversation(other, "WhatsApp", 0, false, Instant.now());
      seed.message(
          freshWhatsapp,
          "WhatsApp",
          "contact",
          null,
          "long ago",
          Instant.now().minus(Duration.ofDays(3)),
          null);
      UUID quiet = seed.contact("Do Not Disturb " + M, "+14155550779", null, me);
      seed.dnd(quiet, "SMS");
      dndSms = seed.conversation(quiet, "SMS", 0, false, Instant.now());
    }
    token = Tokens.token("sender-" + M, "USER");
  }

  private static String path(UUID conversation, String rest) {
    return "/api/v1/conversations/" + conversation + "/messages" + rest;
  }

  /**
   * Polls the history until the message reaches {@code status} (the outbox runs asynchronously).
   */
  private static JsonObject awaitStatus(UUID conversation, String messageId, String status)
      throws InterruptedException {
    JsonObject last = null;
    for (int i = 0; i < 100; i++) {
      for (var v : Api.get(path(conversation, "?pageSize=50"), token).data().getJsonArray("data")) {
        JsonObject m = v.asJsonObject();
        if (m.getString("id").equals(messageId)) {
          last = m;
          if (status.equals(m.getString("status", ""))) {
            return m;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "message " + messageId + " never reached " + status + "; last: " + last);
  }

  private static long messages(UUID conversation) {
    return Api.get(path(conversation, ""), token).data().getJsonObject("meta").getInt("total");
  }

  private static void assertProblem(
      Api.Response response, int status, String type, String... fields) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"));
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

  @Test
  void smsIsQueuedThenSentThroughTwilio() throws Exception {
    Api.Response sent =
        Api.post(
            path(sms, "/sms"),
            token,
            "{\"message\":\"Your order shipped\",\"to\":\"+1 (415) 555-0776\"}");
    assertEquals(201, sent.status(), sent::toString);
    JsonObject message = sent.data();
    assertEquals("queued", message.getString("status"));
    assertEquals("user", message.getString("senderType"));
    assertEquals("SMS", message.getString("channel"));
    JsonObject delivered = awaitStatus(sms, message.getString("id"), "sent");
    assertTrue(delivered.getJsonObject("metadata").getString("twilioMessageId").length() > 2);
    JsonObject conversation = Api.get("/api/v1/conversations/" + sms, token).data();
    assertEquals(
        message.getString("id"), conversation.getJsonObject("lastMessage").getString("id"));
    assertEquals("You", conversation.getJsonObject("lastMessage").getString("sender"));
  }

  @Test
  void whatsappInsideTheWindowAndEmailWithAttachmentAreSent() throws Exception {
    Api.Response wa =
        Api.post(
            path(whatsapp, "/whatsapp"),
            token,
            "{\"message\":\"Sure!\",\"to\":\"whatsapp:+14155550776\"}");
    assertEquals(201, wa.status(), wa::toString);
    awaitStatus(whatsapp, wa.data().getString("id"), "sent");

    String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 fake".getBytes());
    Api.Response mail =
        Api.post(
            path(email, "/email"),
            token,
            "{\"fromName\":\"Support\",\"fromEmail\":\"support@example.com\",\"to\":\"target."
                + M
                + "@example.com\","
                + "\"cc\":\"a@example.com, b@example.com\",\"bcc\":[\"c@example.com\"],\"subject\":\"Invoice\","
                + "\"body\":\"<p>Hello <script>alert(1)</script><b>there</b></p>\","
                + "\"attachments\":[{\"filename\":\"invoice.pdf\",\"content\":\""
                + pdf
                + "\",\"contentType\":\"application/pdf\"}]}");
    assertEquals(201, mail.status(), mail::toString);
    JsonObject stored = mail.data();
    assertTrue(
        !stored.getString("message").contains("script"),
        "HTML sanitised: " + stored.getString("message"));
    assertEquals("Invoice", stored.getJsonObject("metadata").getString("subject"));
    String url =
        stored
            .getJsonObject("metadata")
            .getJsonArray("attachments")
            .getJsonObject(0)
            .getString("url");
    Api.Response file = Api.get(url, token);
    assertEquals(200, file.status(), file::toString);
    assertEquals("%PDF-1.4 fake", file.body());
    assertEquals(
        404,
        Api.get(url, Tokens.token("nosy-" + M, "USER")).status(),
        "only for those who see the conversation");
    awaitStatus(email, stored.getString("id"), "sent");
  }

  @Test
  void genericSendRoutesByChannelToThePrimaryAddress() throws Exception {
    Api.Response sent =
        Api.post(path(sms, ""), token, "{\"channel\":\"SMS\",\"message\":\"generic\"}");
    assertEquals(201, sent.status(), sent::toString);
    awaitStatus(sms, sent.data().getString("id"), "sent");
    assertProblem(
        Api.post(
            path(sms, ""),
            token,
            "{\"channel\":\"Email\",\"subject\":\"x\",\"body\":\"y\",\"fromName\":\"a\",\"fromEmail\":\"a@example.com\"}"),
        400,
        "/problems/validation",
        "channel");
    assertProblem(
        Api.post(path(sms, ""), token, "{\"channel\":\"Pigeon\",\"message\":\"x\"}"),
        400,
        "/problems/validation",
        "channel");
  }

  @Test
  void everyRuleRefusesAndNothingIsStored() {
    long before = messages(sms);
    assertProblem(
        Api.post(path(sms, "/sms"), token, "{\"message\":\"hi\",\"to\":\"+14155550199\"}"),
        400,
        "/problems/validation",
        "to");
    assertProblem(
        Api.post(path(sms, "/sms"), token, "{\"message\":\"hi\",\"to\":\"not a phone\"}"),
        400,
        "/problems/validation",
        "to");
    // libphonenumber: a national form, an unknown country code, a number its country does not have
    for (String number : new String[] {"(415) 555-0101", "+999 415 555 0101", "+1 999 555 0101"}) {
      assertProblem(
          Api.post(path(sms, "/sms"), token, "{\"message\":\"hi\",\"to\":\"" + number + "\"}"),
          400,
          "/problems/validation",
          "to");
    }
    assertProblem(
        Api.post(
            path(sms, "/sms"),
            token,
            "{\"message\":\"" + "x".repeat(1601) + "\",\"to\":\"+14155550776\"}"),
        400,
        "/problems/validation",
        "message");
    assertProblem(
        Api.post(
            path(sms, "/sms"),
            token,
            "{\"message\":\"\",\"to\":\"+14155550776\",\"from\":\"123\"}"),
        400,
        "/problems/validation",
        "from",
        "message");
    assertProblem(
        Api.post(
            path(sms, "/sms"),
            token,
            "{\"message\":\"hi\",\"to\":\"+14155550776\",\"scheduledAt\":\"2020-01-01T00:00:00Z\"}"),
        400,
        "/problems/validation",
        "scheduledAt");
    assertProblem(
        Api.post(
            path(sms, "/sms"),
            token,
            "{\"message\":\"hi\",\"to\":\"+14155550776\",\"scheduledAt\":\"tomorrow\"}"),
        400,
        "/problems/validation",
        "scheduledAt");
    assertProblem(
        Api.post(path(sms, "/whatsapp"), token, "{\"message\":\"hi\",\"to\":\"+14155550776\"}"),
        400,
        "/problems/validation",
        "channel");
    assertProblem(
        Api.post(
            path(sms, "/sms"),
            token,
            "{\"message\":\"hi\",\"to\":\"+14155550776\",\"admin\":true}"),
        400,
        "/problems/validation",
        "admin");
    assertEquals(before, messages(sms), "nothing stored");

    assertProblem(
        Api.post(path(dndSms, "/sms"), token, "{\"message\":\"hi\",\"to\":\"+14155550779\"}"),
        409,
        "/problems/dnd");
    assertProblem(
        Api.post(
            path(freshWhatsapp, "/whatsapp"),
            token,
            "{\"message\":\"hi\",\"to\":\"+14155550778\"}"),
        409,
        "/problems/whatsapp-window");
    Api.Response template =
        Api.post(
            path(freshWhatsapp, "/whatsapp"),
            token,
            "{\"to\":\"+14155550778\",\"contentSid\":\"HX"
                + "b".repeat(32)
                + "\",\"contentVariables\":{\"1\":\"x\"}}");
    assertEquals(201, template.status(), template::toString);

    long mails = messages(email);
    assertProblem(
        Api.post(
            path(email, "/email"),
            token,
            "{\"fromName\":\"\",\"fromEmail\":\"nope\",\"to\":\"someone@else.com\",\"cc\":\"bad\",\"subject\":\"\",\"body\":\"\"}"),
        400,
        "/problems/validation",
        "body",
        "cc",
        "fromEmail",
        "fromName",
        "subject",
        "to");
    String big = Base64.getEncoder().encodeToString(new byte[11 * 1024 * 1024]);
    assertProblem(
        Api.post(
            path(email, "/email"),
            token,
            "{\"fromName\":\"S\",\"fromEmail\":\"s@example.com\",\"to\":\"target."
                + M
                + "@example.com\",\"subject\":\"s\",\"body\":\"b\","
                + "\"attachments\":[{\"filename\":\"big.bin\",\"content\":\""
                + big
                + "\",\"contentType\":\"application/octet-stream\"}]}"),
        413,
        "/problems/payload-too-large");
    assertProblem(
        Api.post(
            path(email, "/email"),
            token,
            "{\"fromName\":\"S\",\"fromEmail\":\"s@example.com\",\"to\":\"target."
                + M
                + "@example.com\",\"subject\":\"s\",\"body\":\"b\","
                + "\"attachments\":[{\"filename\":\"run.exe\",\"content\":\"AAAA\",\"contentType\":\"application/x-msdownload\"}]}"),
        400,
        "/problems/validation",
        "attachments[0].contentType",
        "attachments[0].filename");
    assertEquals(mails, messages(email), "nothing stored");
  }

  @Test
  void scheduledSendsWaitAsScheduled() {
    String at = Instant.now().plus(Duration.ofDays(2)).toString();
    Api.Response later =
        Api.post(
            path(sms, "/sms"),
            token,
            "{\"message\":\"later\",\"to\":\"+14155550776\",\"scheduledAt\":\"" + at + "\"}");
    assertEquals(201, later.status(), later::toString);
    assertEquals("scheduled", later.data().getString("status"));
    assertTrue(later.data().containsKey("scheduledAt"));
  }
}
