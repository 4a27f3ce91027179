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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's real Twilio and SendGrid SDKs against a local fake carrier that speaks their wire
 * formats (reached through {@code chat.twilio.base-url} / {@code chat.sendgrid.base-url}): what the
 * carrier receives, and how the outbox handles its failures.
 */
class CarrierIT {
  private static final String M = Seed.marker();
  private static FakeCarrier fake;
  private static String token;
  private static UUID sms;
  private static UUID whatsapp;
  private static UUID email;
  private static UUID retry500;
  private static UUID retry429;
  private static UUID slowCreate;
  private static UUID slowNothing;

  @BeforeAll
  static void seed() throws Exception {
    fake = ItCarrier.get();
    try (Seed seed = new Seed()) {
      UUID me = seed.user("carrier-" + M, "Carrier User " + M, "USER");
      UUID contact =
          seed.contact("Carrier Contact " + M, "+14155550888", "carrier." + M + "@example.com", me);
      sms = seed.conversation(contact, "SMS", 0, false, Instant.now());
      whatsapp = seed.conversation(contact, "WhatsApp", 0, false, Instant.now());
      seed.message(
          whatsapp,
          "WhatsApp",
          "contact",
          null,
          "hello",
          Instant.now().minus(Duration.ofMinutes(5)),
          null);
      email = seed.conversation(contact, "Email", 0, false, Instant.now());
      retry500 =
          seed.conversation(
              seed.contact("Retry Five " + M, "+14155550890", null, me),
              "SMS",
              0,
              false,
              Instant.now());
      retry429 =
          seed.conversation(
              seed.contact("Retry Four " + M, "+14155550891", null, me),
              "SMS",
              0,
              false,
              Instant.now());
      slowCreate =
          seed.conversation(
              seed.contact("Slow Create " + M, "+14155550892", null, me),
              "SMS",
              0,
              false,
              Instant.now());
      slowNothing =
          seed.conversation(
              seed.contact("Slow Nothing " + M, "+14155550893", null, me),
              "SMS",
              0,
              false,
              Instant.now());
    }
    token = Tokens.token("carrier-" + M, "USER");
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  private static String path(UUID conversation, String rest) {
    return "/api/v1/conversations/" + conversation + "/messages" + rest;
  }

  private static JsonObject await(UUID conversation, String id, String status)
      throws InterruptedException {
    return MessageAwait.status(conversation, id, status, token, Duration.ofSeconds(20));
  }

  private static String send(UUID conversation, String kind, String json) {
    Api.Response response = Api.post(path(conversation, kind), token, json);
    assertEquals(201, response.status(), response::toString);
    return response.data().getString("id");
  }

  @Test
  void smsReachesTwilioWithEveryParameter() throws Exception {
    String id = send(sms, "/sms", "{\"message\":\"Order 1042 shipped\",\"to\":\"+14155550888\"}");
    JsonObject sent = await(sms, id, "sent");
    FakeCarrier.Received request =
        fake.twilioRequestsTo("+14155550888").stream()
            .filter(r -> "Order 1042 shipped".equals(r.formValue("Body")))
            .findFirst()
            .orElseThrow();
    assertEquals(ItCarrier.ACCOUNT_SID, request.twilioAccountSid());
    assertEquals(ItCarrier.ACCOUNT_SID, request.basicAuth().orElseThrow()[0]);
    assertEquals("it-auth-token", request.basicAuth().orElseThrow()[1]);
    assertEquals("+14155550888", request.formValue("To"));
    assertEquals("+15005550006", request.formValue("From"));
    assertEquals("Order 1042 shipped", request.formValue("Body"));
    assertTrue(
        request.formValue("StatusCallback").endsWith("/api/v1/webhooks/twilio/sms/status"),
        request.formValue("StatusCallback"));
    assertTrue(sent.getJsonObject("metadata").getString("twilioMessageId").startsWith("SM"));
    assertEquals(
        1,
        fake.twilioRequestsTo("+14155550888").stream()
            .filter(r -> "Order 1042 shipped".equals(r.formValue("Body")))
            .count(),
        "sent once");
  }

  @Test
  void whatsappGoesWithWhatsappAddresses() throws Exception {
    String id = send(whatsapp, "/whatsapp", "{\"message\":\"Sure\",\"to\":\"+14155550888\"}");
    await(whatsapp, id, "sent");
    FakeCarrier.Received request =
        fake.twilioRequestsTo("whatsapp:+14155550888").stream()
            .filter(r -> "Sure".equals(r.formValue("Body")))
            .findFirst()
            .orElseThrow();
    assertEquals("whatsapp:+14155550888", request.formValue("To"));
    assertEquals("whatsapp:+15005550007", request.formValue("From"));
    assertTrue(
        request.formValue("StatusCallback").endsWith("/api/v1/webhooks/twilio/whatsapp/status"));
  }

  @Test
  void emailReachesSendGridWithCopiesAttachmentsAndBothBodies() throws Exception {
    String file = Base64.getEncoder().encodeToString("hello file".getBytes());
    String id =
        send(
            email,
            "/email",
            "{\"fromName\":\"Support Team\",\"fromEmail\":\"support@example.com\",\"to\":\"carrier."
                + M
                + "@example.com\","
                + "\"cc\":\"cc1@example.com,cc2@example.com\",\"bcc\":[\"audit@example.com\"],\"subject\":\"Your invoice\","
                + "\"body\":\"<p>Hi <b>there</b><script>x()</script></p>\","
                + "\"attachments\":[{\"filename\":\"a.txt\",\"content\":\""
                + file
                + "\",\"contentType\":\"text/plain\"}]}");
    JsonObject sent = await(email, id, "sent");
    FakeCarrier.Received request =
        fake.sendGridRequests().stream()
            .filter(r -> r.json().toString().contains(id))
            .findFirst()
            .orElseThrow();
    assertEquals("SG.it-key", request.bearerToken().orElseThrow());
    JsonObject mail = request.json();
    assertEquals("support@example.com", mail.getJsonObject("from").getString("email"));
    assertEquals("Support Team", mail.getJsonObject("from").getString("name"));
    JsonObject to = mail.getJsonArray("personalizations").getJsonObject(0);
    assertEquals(
        "carrier." + M + "@example.com", to.getJsonArray("to").getJsonObject(0).getString("email"));
    assertEquals(2, to.getJsonArray("cc").size());
    assertEquals("audit@example.com", to.getJsonArray("bcc").getJsonObject(0).getString("email"));
    assertEquals("Your invoice", mail.getString("subject"));
    String contents = mail.getJsonArray("content").toString();
    assertTrue(contents.contains("text/plain") && contents.contains("text/html"), contents);
    assertTrue(!contents.contains("script"), "sanitised: " + contents);
    JsonObject attachment = mail.getJsonArray("attachments").getJsonObject(0);
    assertEquals("a.txt", attachment.getString("filename"));
    assertEquals(file, attachment.getString("content"));
    assertTrue(mail.toString().contains(id), "our message id travels as a custom argument");
    assertTrue(sent.getJsonObject("metadata").containsKey("emailMessageId"));
  }

  @Test
  void aServerErrorThenSuccessSendsOnce() throws Exception {
    fake.enqueueTwilioFor("+14155550890", Answer.twilioError(500, 20500, "Internal Server Error"));
    String id = send(retry500, "/sms", "{\"message\":\"after a 500\",\"to\":\"+14155550890\"}");
    await(retry500, id, "sent");
    assertEquals(
        2,
        fake.twilioRequestsTo("+14155550890").size(),
        "one failed call, one accepted, nothing more");
    Thread.sleep(1500);
    assertEquals(2, fake.twilioRequestsTo("+14155550890").size(), "no duplicate later");
  }

  @Test
  void tooManyRequestsIsRetriedAfterBackoff() throws Exception {
    fake.enqueueTwilioFor("+14155550891", Answer.twilioError(429, 20429, "Too Many Requests"));
    String id = send(retry429, "/sms", "{\"message\":\"after a 429\",\"to\":\"+14155550891\"}");
    await(retry429, id, "sent");
    assertEquals(2, fake.twilioRequestsTo("+14155550891").size());
  }

  @Test
  void anUnsubscribedRecipientFailsTheMessageAndSetsDnd() throws Exception {
    UUID conversation;
    try (Seed seed = new Seed()) {
      UUID me = seed.user("carrier2-" + M, "Carrier Two " + M, "USER");
      UUID contact = seed.contact("Unsubscribed " + M, "+14155550889", null, me);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    String other = Tokens.token("carrier2-" + M, "USER");
    fake.enqueueTwilioFor(
        "+14155550889",
        Answer.twilioError(400, 21610, "Attempt to send to unsubscribed recipient"));
    Api.Response sent =
        Api.post(path(conversation, "/sms"), other, "{\"message\":\"hi\",\"to\":\"+14155550889\"}");
    assertEquals(201, sent.status(), sent::toString);
    String id = sent.data().getString("id");
    JsonObject failed = null;
    for (int i = 0; i < 100 && failed == null; i++) {
      for (var v : Api.get(path(conversation, ""), other).data().getJsonArray("data")) {
        if (v.asJsonObject().getString("id").equals(id)
            && "failed".equals(v.asJsonObject().getString("status", ""))) {
          failed = v.asJsonObject();
        }
      }
      Thread.sleep(100);
    }
    assertTrue(failed != null, "the message failed");
    assertEquals("21610", failed.getJsonObject("metadata").getString("errorCode"));
    assertEquals(
        true,
        Api.get("/api/v1/conversations/" + conversation + "/contact", other)
            .data()
            .getBoolean("dnd"));
    Api.Response refused =
        Api.post(
            path(conversation, "/sms"), other, "{\"message\":\"again\",\"to\":\"+14155550889\"}");
    assertEquals(409, refused.status());
    assertEquals("/problems/dnd", refused.json().getString("type"));
  }

  /**
   * Twilio creates the message but answers after the server's read timeout (2 s in the IT profile):
   * the outcome is unknown, so the server asks Twilio's Messages list instead of sending again, and
   * finds the message.
   */
  @Test
  void aTimeoutAfterTwilioCreatedTheMessageIsReconciledNotResent() throws Exception {
    String to = "+14155550892";
    fake.enqueueTwilioFor(to, Answer.twilioAcceptedAnsweringAfter(Duration.ofSeconds(3)));
    String id = send(slowCreate, "/sms", "{\"message\":\"slow but taken\",\"to\":\"" + to + "\"}");
    JsonObject sent = await(slowCreate, id, "sent");
    assertEquals(1, fake.twilioMessagesTo(to).size(), "Twilio created it once");
    assertEquals(
        fake.twilioMessagesTo(to).get(0).getString("sid"),
        sent.getJsonObject("metadata").getString("twilioMessageId"),
        "the SID found by reconciliation");
    assertEquals(1, fake.twilioRequestsTo(to).size(), "exactly one create request");
    assertTrue(
        fake.twilioListRequests().stream()
            .anyMatch(r -> java.util.List.of(to).equals(r.queryParams().get("To"))),
        "the server asked Twilio's Messages list");
    Thread.sleep(2500);
    assertEquals(1, fake.twilioRequestsTo(to).size(), "nothing sent later");
  }

  /**
   * Twilio times out without creating the message: once reconciliation finds it is not there, the
   * message is sent again, exactly once.
   */
  @Test
  void aTimeoutWithoutTheMessageAtTwilioIsSentOnceAfterReconciliation() throws Exception {
    String to = "+14155550893";
    fake.enqueueTwilioFor(to, Answer.closeConnection().after(Duration.ofSeconds(3)));
    String id = send(slowNothing, "/sms", "{\"message\":\"lost in time\",\"to\":\"" + to + "\"}");
    JsonObject sent = await(slowNothing, id, "sent");
    assertEquals(1, fake.twilioMessagesTo(to).size(), "created exactly once");
    assertEquals(
        fake.twilioMessagesTo(to).get(0).getString("sid"),
        sent.getJsonObject("metadata").getString("twilioMessageId"));
    assertEquals(2, fake.twilioRequestsTo(to).size(), "the timed-out call and one more");
    assertTrue(
        fake.twilioListRequests().stream()
            .anyMatch(r -> java.util.List.of(to).equals(r.queryParams().get("To"))),
        "reconciled before sending again");
    Thread.sleep(2500);
    assertEquals(2, fake.twilioRequestsTo(to).size(), "nothing sent later");
  }
}
