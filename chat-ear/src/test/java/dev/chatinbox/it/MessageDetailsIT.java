package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.MessageAwait;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 6: what a UI shows of messages — an email's preview is plain text, a sent email
 * shows its recipient, copies and blind copies, and a message's event history has the carrier's own
 * time of each report and the status it mapped to (real Twilio and SendGrid SDKs against the fake
 * carrier, signed webhooks).
 */
class MessageDetailsIT {
  private static final String M = Seed.marker();
  private static FakeCarrier fake;
  private static String token;
  private static String address;
  private static String phone;
  private static UUID email;
  private static UUID sms;

  @BeforeAll
  static void seed() throws Exception {
    LibertyServers.awaitReady(Api.BASE);
    fake = ItCarrier.get();
    address = "details." + M + "@example.com";
    phone = "+1415" + ThreadLocalRandom.current().nextInt(5_000_000, 5_999_999);
    try (Seed seed = new Seed()) {
      UUID me = seed.user("details-" + M, "Details User " + M, "USER");
      UUID contact = seed.contact("Details Contact " + M, phone, address, me);
      email = seed.conversation(contact, "Email", 0, false, Instant.now());
      sms = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    token = Tokens.token("details-" + M, "USER");
  }

  private static JsonObject lastMessage(UUID conversation) {
    return Api.get("/api/v1/conversations/" + conversation, token)
        .data()
        .getJsonObject("lastMessage");
  }

  /** An email from support to the contact; {@code fields} the rest of the JSON body. */
  private static Api.Response sendEmail(String fields) {
    return Api.post(
        "/api/v1/conversations/" + email + "/messages/email",
        token,
        "{\"fromName\":\"Support\",\"fromEmail\":\"support@example.com\",\"to\":\""
            + address
            + "\","
            + fields
            + "}");
  }

  private static JsonArray events(String messageId) {
    Api.Response response = Api.get("/api/v1/messages/" + messageId + "/events", token);
    assertEquals(200, response.status(), response::toString);
    return response.json().getJsonArray("data");
  }

  @Test
  void anEmailsPreviewIsPlainText() {
    Map<String, String> parse = new LinkedHashMap<>();
    parse.put("headers", "Message-ID: <preview-" + M + "@mail.example.org>\r\n");
    parse.put("from", "Details Contact <" + address + ">");
    parse.put("to", "support@example.com");
    parse.put("subject", "Order");
    parse.put("text", "Hi,\n\nOrder #123 < 5 items & more");
    parse.put("html", "<p>Hi,</p>\n<p>Order #123 &lt; 5 <b>items</b> &amp; more</p>");
    assertEquals(204, Webhooks.inboundEmail("?token=" + Webhooks.INBOUND_SECRET, parse).status());
    JsonObject last = lastMessage(email);
    assertEquals("Hi, Order #123 < 5 items & more", last.getString("message"));
    JsonObject listed =
        Api.get("/api/v1/conversations?search=" + M + "&channel=Email", token)
            .data()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals(
        "Hi, Order #123 < 5 items & more",
        listed.getJsonObject("lastMessage").getString("message"));
  }

  @Test
  void aSentEmailShowsItsRecipientAndCopies() throws Exception {
    Api.Response created =
        sendEmail(
            "\"cc\":\"cc1@example.com, cc2@example.com\",\"bcc\":[\"audit@example.com\"],"
                + "\"subject\":\"Invoice\",\"body\":\"<p>Attached.</p>\"");
    assertEquals(201, created.status(), created::toString);
    JsonObject metadata = created.data().getJsonObject("metadata");
    assertEquals(address, metadata.getString("to"));
    assertEquals("support@example.com", metadata.getString("from"));
    assertEquals(
        List.of("cc1@example.com", "cc2@example.com"),
        metadata.getJsonArray("cc").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals(
        List.of("audit@example.com"),
        metadata.getJsonArray("bcc").getValuesAs(jakarta.json.JsonString::getString));
    JsonObject stored =
        MessageAwait.status(
            email, created.data().getString("id"), "sent", token, Duration.ofSeconds(20));
    assertEquals(address, stored.getJsonObject("metadata").getString("to"));
    assertEquals(2, stored.getJsonObject("metadata").getJsonArray("cc").size());
    assertEquals("Attached.", lastMessage(email).getString("message"), "our own email too");
  }

  @Test
  void eventsShowTheCarriersTimeAndTheStatusEachReportMappedTo() throws Exception {
    Api.Response created =
        Api.post(
            "/api/v1/conversations/" + sms + "/messages/sms",
            token,
            "{\"message\":\"Your parcel left\",\"to\":\"" + phone + "\"}");
    assertEquals(201, created.status(), created::toString);
    String id = created.data().getString("id");
    JsonObject sent = MessageAwait.status(sms, id, "sent", token, Duration.ofSeconds(20));
    String sid = sent.getJsonObject("metadata").getString("twilioMessageId");

    Map<String, String> delivered = new LinkedHashMap<>();
    delivered.put("MessageSid", sid);
    delivered.put("AccountSid", ItCarrier.ACCOUNT_SID);
    delivered.put("MessageStatus", "delivered");
    delivered.put("RawDlrDoneDate", "2612031015");
    delivered.put("To", phone);
    assertEquals(204, Webhooks.twilio("/api/v1/webhooks/twilio/sms/status", delivered).status());
    Map<String, String> queued = new LinkedHashMap<>(delivered);
    queued.put("MessageStatus", "queued");
    queued.remove("RawDlrDoneDate");
    assertEquals(204, Webhooks.twilio("/api/v1/webhooks/twilio/sms/status", queued).status());

    JsonArray history = events(id);
    assertEquals(2, history.size(), history::toString);
    JsonObject first = history.getJsonObject(0);
    assertEquals("delivered", first.getString("rawStatus"));
    assertEquals("delivered", first.getString("status"));
    assertEquals("2026-12-03T10:15:00.000Z", first.getString("occurredAt"));
    JsonObject second = history.getJsonObject(1);
    assertEquals("queued", second.getString("rawStatus"));
    assertFalse(second.containsKey("status"), "queued moves nothing: " + second);
    assertFalse(second.containsKey("occurredAt"), "Twilio gave no time: " + second);
  }

  @Test
  void sendGridEventsCarryTheirTimestamp() throws Exception {
    Api.Response created = sendEmail("\"subject\":\"Events\",\"body\":\"Hello\"");
    String id = created.data().getString("id");
    JsonObject sent = MessageAwait.status(email, id, "sent", token, Duration.ofSeconds(20));
    String xMessageId = sent.getJsonObject("metadata").getString("emailMessageId");
    String batch =
        "[{\"email\":\""
            + address
            + "\",\"timestamp\":1796292000,\"event\":\"open\",\"sg_event_id\":\"ev-open-"
            + M
            + "\",\"sg_message_id\":\""
            + xMessageId
            + ".filter0001.1.2.0\"},{\"email\":\""
            + address
            + "\",\"timestamp\":1796291940,\"event\":\"processed\",\"sg_event_id\":\"ev-proc-"
            + M
            + "\",\"sg_message_id\":\""
            + xMessageId
            + ".filter0001.1.2.0\"}]";
    assertEquals(200, Webhooks.sendGrid(batch).status() / 100 * 100);
    JsonArray history = events(id);
    assertEquals(2, history.size(), history::toString);
    JsonObject open =
        history.getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("rawStatus").equals("open"))
            .findFirst()
            .orElseThrow();
    assertEquals("read", open.getString("status"));
    assertEquals("2026-12-03T10:00:00.000Z", open.getString("occurredAt"));
    JsonObject processed =
        history.getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("rawStatus").equals("processed"))
            .findFirst()
            .orElseThrow();
    assertEquals("2026-12-03T09:59:00.000Z", processed.getString("occurredAt"));
    assertFalse(processed.containsKey("status"));
  }
}
