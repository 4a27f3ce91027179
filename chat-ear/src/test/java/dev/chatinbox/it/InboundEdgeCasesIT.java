package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, finding 3: a carrier's signed word is the truth. Messages from short codes and
 * alphanumeric sender ids, and emails with a text over 1,000,000 characters, are stored — never
 * answered 4xx, which the carrier would not retry — and what cannot be written to is refused at
 * send time instead.
 */
class InboundEdgeCasesIT {
  private static final String M = Seed.marker();
  private static final Instant STARTED = Instant.now();
  private static final String SMS_INBOUND = "/api/v1/webhooks/twilio/sms/inbound";
  private static String user;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      seed.user("edge-" + M, "Edge User " + M, "USER");
    }
    user = Tokens.token("edge-" + M, "USER");
  }

  /** Contacts inbound messages create have no owner: this class's user adopts them. */
  @AfterEach
  void adoptCreatedContacts() throws Exception {
    try (Seed seed = new Seed()) {
      seed.adoptContactsCreatedSince("edge-" + M, STARTED);
    }
  }

  private static Map<String, String> inbound(String from, String body) {
    return Webhooks.twilioInbound(from, body);
  }

  private static UUID conversationOf(String phone) throws Exception {
    try (Seed seed = new Seed()) {
      return (UUID)
          seed.value(
              "SELECT cv.id FROM conversations cv JOIN contact_phones p ON p.contact_id ="
                  + " cv.contact_id WHERE p.phone = ? AND cv.channel = 'SMS'",
              phone);
    }
  }

  private static JsonObject latest(UUID conversation) {
    return Api.get("/api/v1/conversations/" + conversation + "/messages", user)
        .data()
        .getJsonArray("data")
        .getJsonObject(0);
  }

  @Test
  void aShortCodeAndAnAlphanumericSenderAreStoredAsGiven() throws Exception {
    String shortCode = Integer.toString(10_000 + ThreadLocalRandom.current().nextInt(89_999));
    String senderId = ("AC" + M.substring(2, 9)).toUpperCase(Locale.ROOT);
    for (String from : new String[] {shortCode, senderId}) {
      Api.Response reply = Webhooks.twilio(SMS_INBOUND, inbound(from, "Your code is 1234 " + M));
      assertEquals(200, reply.status(), from + ": " + reply);
      UUID conversation = conversationOf(from);
      assertNotNull(conversation, from + " became a contact with a conversation");
      adoptCreatedContacts();
      assertEquals("Your code is 1234 " + M, latest(conversation).getString("message"));
      assertEquals(
          from,
          Api.get("/api/v1/conversations/" + conversation + "/contact", user)
              .data()
              .getString("phone"));
    }
    // the same sender again joins the same conversation
    assertEquals(200, Webhooks.twilio(SMS_INBOUND, inbound(senderId, "again " + M)).status());
    try (Seed seed = new Seed()) {
      assertEquals(1, seed.count("SELECT COUNT(*) FROM contact_phones WHERE phone = ?", senderId));
    }
    assertEquals("again " + M, latest(conversationOf(senderId)).getString("message"));
  }

  @Test
  void aReplyToASenderIdIsRefusedAtSendTimeNamingWhy() throws Exception {
    String senderId = ("NO" + M.substring(2, 9)).toUpperCase(Locale.ROOT);
    assertEquals(200, Webhooks.twilio(SMS_INBOUND, inbound(senderId, "Promo " + M)).status());
    UUID conversation = conversationOf(senderId);
    adoptCreatedContacts();
    for (String body :
        new String[] {
          "{\"message\":\"STOP sending\",\"to\":\"" + senderId + "\"}", "{\"message\":\"hi\"}"
        }) {
      Api.Response refused =
          Api.post("/api/v1/conversations/" + conversation + "/messages/sms", user, body);
      assertEquals(409, refused.status(), refused::toString);
      assertTrue(refused.contentType().startsWith("application/problem+json"));
      assertEquals("/problems/unreachable-address", refused.json().getString("type"));
      assertTrue(refused.json().getString("detail").contains("sender id"), refused::toString);
    }
    try (Seed seed = new Seed()) {
      assertEquals(
          0,
          seed.count(
              "SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND sender_type = 'user'",
              conversation));
    }
  }

  @Test
  void anOversizedEmailIsStoredCutWithItsOriginalLength() throws Exception {
    String from = "long." + M + "@example.org";
    String text = "y".repeat(1_000_050);
    Map<String, String> parse = new LinkedHashMap<>();
    parse.put("headers", "Message-ID: <long-" + M + "@example.org>\r\n");
    parse.put("from", "Long Writer <" + from + ">");
    parse.put("to", "support@example.com");
    parse.put("subject", "A long one " + M);
    parse.put("text", text);
    Api.Response response = Webhooks.inboundEmail("?token=" + Webhooks.INBOUND_SECRET, parse);
    assertEquals(204, response.status(), response::toString);
    UUID conversation;
    try (Seed seed = new Seed()) {
      conversation =
          (UUID)
              seed.value(
                  "SELECT cv.id FROM conversations cv JOIN contact_emails e ON e.contact_id ="
                      + " cv.contact_id WHERE e.email = ?",
                  from);
    }
    assertNotNull(conversation);
    adoptCreatedContacts();
    JsonObject message = latest(conversation);
    assertEquals(1_000_050, message.getJsonObject("metadata").getInt("originalLength"));
    assertTrue(message.getString("message").length() <= 1_000_000 + 100, "cut to the limit");
    assertTrue(message.getString("message").startsWith("yyyy"), "the start is kept");
  }
}
