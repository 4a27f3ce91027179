package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The carrier webhooks over HTTP, called as Twilio and SendGrid call them, with signatures made
 * here from the carriers' documented algorithms (see {@link Webhooks}): what a valid call changes
 * (seen through the API), and that a tampered, unsigned, wrongly keyed or stale call changes
 * nothing.
 */
class WebhookIT {
  private static final String M = Seed.marker();
  private static final Instant STARTED = Instant.now();
  private static final String SMS_STATUS = "/api/v1/webhooks/twilio/sms/status";
  private static final String WHATSAPP_STATUS = "/api/v1/webhooks/twilio/whatsapp/status";
  private static final String SMS_INBOUND = "/api/v1/webhooks/twilio/sms/inbound";
  private static final String WHATSAPP_INBOUND = "/api/v1/webhooks/twilio/whatsapp/inbound";

  private static String token;
  private static String admin;
  private static String stranger;
  private static UUID sms;
  private static UUID whatsapp;
  private static UUID email;
  private static UUID contact;
  private static String contactEmail;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      UUID me = seed.user("hook-" + M, "Hook User " + M, "USER");
      seed.user("hook-stranger-" + M, "Hook Stranger " + M, "USER");
      contactEmail = "hook." + M + "@example.com";
      contact = seed.contact("Hook Contact " + M, "+14155550777", contactEmail, me);
      sms = seed.conversation(contact, "SMS", 0, false, Instant.now());
      whatsapp = seed.conversation(contact, "WhatsApp", 0, false, Instant.now());
      email = seed.conversation(contact, "Email", 0, false, Instant.now());
    }
    token = Tokens.token("hook-" + M, "USER");
    stranger = Tokens.token("hook-stranger-" + M, "USER");
    admin = Tokens.token("hook-admin-" + M, "ADMIN");
  }

  /**
   * Contacts that inbound messages create have no owner, and unowned contacts are visible to every
   * USER; give them this class's user so that other test classes never see them.
   */
  @AfterEach
  void adoptCreatedContacts() throws Exception {
    try (Seed seed = new Seed()) {
      seed.count(
          "WITH adopted AS (UPDATE contacts SET owner_id = (SELECT id FROM users WHERE subject = ?)"
              + " WHERE owner_id IS NULL AND created_at > ? RETURNING 1) SELECT COUNT(*) FROM"
              + " adopted",
          "hook-" + M,
          java.sql.Timestamp.from(STARTED));
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  /** An outbound message of ours, as accepted by the carrier under {@code sid}. */
  private static UUID sentMessage(UUID conversation, String channel, String twilioSid, String sgId)
      throws Exception {
    try (Seed seed = new Seed()) {
      UUID id =
          seed.message(conversation, channel, "user", null, "out " + M, Instant.now(), "queued");
      seed.carrierIds(id, twilioSid, sgId);
      return id;
    }
  }

  private static JsonObject message(UUID conversation, UUID id) throws Exception {
    for (var v :
        Api.get("/api/v1/conversations/" + conversation + "/messages?pageSize=200", token)
            .data()
            .getJsonArray("data")) {
      if (v.asJsonObject().getString("id").equals(id.toString())) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("message " + id + " not in the history");
  }

  private static long events(UUID message) throws Exception {
    try (Seed seed = new Seed()) {
      return seed.count("SELECT COUNT(*) FROM message_events WHERE message_id = ?", message);
    }
  }

  private static Map<String, String> status(String sid, String status) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("MessageSid", sid);
    form.put("SmsSid", sid);
    form.put("AccountSid", ItCarrier.ACCOUNT_SID);
    form.put("MessageStatus", status);
    form.put("SmsStatus", status);
    form.put("To", "+14155550777");
    form.put("From", "+15005550006");
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  private static Map<String, String> inbound(String sid, String from, String body)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("MessageSid", sid);
    form.put("SmsMessageSid", sid);
    form.put("AccountSid", ItCarrier.ACCOUNT_SID);
    form.put("From", from);
    form.put("To", "+15005550006");
    form.put("Body", body);
    form.put("NumMedia", "0");
    form.put("NumSegments", "1");
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  private static String sid() throws Exception {
    return "SM" + UUID.randomUUID().toString().replace("-", "");
  }

  private static UUID conversationOfPhone(String phone, String channel) throws Exception {
    try (Seed seed = new Seed()) {
      Object id =
          seed.value(
              "SELECT cv.id FROM conversations cv JOIN contact_phones p ON p.contact_id ="
                  + " cv.contact_id WHERE p.phone = ? AND cv.channel = ?",
              phone,
              channel);
      return id == null ? null : (UUID) id;
    }
  }

  // --- Twilio status callbacks ----------------------------------------------------------------

  @Test
  void signedStatusCallbacksMoveTheStatusForwardAndKeepTheRawStatus() throws Exception {
    String sid = sid();
    UUID id = sentMessage(sms, "SMS", sid, null);
    assertEquals(204, Webhooks.twilio(SMS_STATUS, status(sid, "sent")).status());
    assertEquals("sent", message(sms, id).getString("status"));
    assertEquals(204, Webhooks.twilio(SMS_STATUS, status(sid, "delivered")).status());
    JsonObject delivered = message(sms, id);
    assertEquals("delivered", delivered.getString("status"));
    assertEquals("delivered", delivered.getJsonObject("metadata").getString("twilioStatus"));
  }

  @Test
  void outOfOrderAndRepeatedCallbacksLeaveTheRightStatusAndOneEventEach() throws Exception {
    String sid = sid();
    UUID id = sentMessage(sms, "SMS", sid, null);
    for (int i = 0; i < 3; i++) {
      assertEquals(204, Webhooks.twilio(SMS_STATUS, status(sid, "delivered")).status());
    }
    assertEquals(204, Webhooks.twilio(SMS_STATUS, status(sid, "sent")).status());
    JsonObject m = message(sms, id);
    assertEquals("delivered", m.getString("status"), "a late 'sent' does not move it back");
    assertEquals("delivered", m.getJsonObject("metadata").getString("twilioStatus"));
    assertEquals(2, events(id), "one event per distinct report: delivered, sent");
    var history = Api.get("/api/v1/messages/" + id + "/events", token);
    assertEquals(200, history.status(), history::toString);
    assertEquals(2, history.json().getJsonArray("data").size(), history::toString);
    assertEquals(
        "delivered", history.json().getJsonArray("data").getJsonObject(0).getString("rawStatus"));
    assertEquals(404, Api.get("/api/v1/messages/" + id + "/events", stranger).status());
  }

  /**
   * Callbacks that arrive together are committed together (StatusCommits): every one answered 204
   * has been recorded — each message moved, each report kept once — including the repeats of one
   * message racing in the same moment.
   */
  @Test
  void callbacksArrivingTogetherAreEachRecordedBeforeTheyAreAnswered() throws Exception {
    int n = 40;
    java.util.List<String> sids = new java.util.ArrayList<>();
    java.util.List<UUID> ids = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      sids.add(sid());
      ids.add(sentMessage(sms, "SMS", sids.get(i), null));
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        String sid = sids.get(i);
        answers.add(
            pool.submit(() -> Webhooks.twilio(SMS_STATUS, status(sid, "delivered")).status()));
        answers.add(pool.submit(() -> Webhooks.twilio(SMS_STATUS, status(sid, "sent")).status()));
        if (i % 4 == 0) { // a repeat racing the first delivery report
          answers.add(
              pool.submit(() -> Webhooks.twilio(SMS_STATUS, status(sid, "delivered")).status()));
        }
      }
      for (var answer : answers) {
        assertEquals(204, answer.get(), "every callback answered after its commit");
      }
    } finally {
      pool.shutdown();
    }
    for (UUID id : ids) {
      assertEquals("delivered", message(sms, id).getString("status"), id::toString);
      assertEquals(2, events(id), "delivered and sent, each once: " + id);
    }
  }

  @Test
  void undeliveredFailsTheMessageWithTheErrorCode() throws Exception {
    String sid = sid();
    UUID id = sentMessage(sms, "SMS", sid, null);
    Map<String, String> form = status(sid, "undelivered");
    form.put("ErrorCode", "30003");
    assertEquals(204, Webhooks.twilio(SMS_STATUS, form).status());
    JsonObject m = message(sms, id);
    assertEquals("failed", m.getString("status"));
    assertEquals("30003", m.getJsonObject("metadata").getString("errorCode"));
    assertEquals("undelivered", m.getJsonObject("metadata").getString("twilioStatus"));
    assertEquals(204, Webhooks.twilio(SMS_STATUS, status(sid, "delivered")).status());
    assertEquals("failed", message(sms, id).getString("status"), "failed is final");
  }

  @Test
  void whatsappReadIsRead() throws Exception {
    String sid = sid();
    UUID id = sentMessage(whatsapp, "WhatsApp", sid, null);
    assertEquals(204, Webhooks.twilio(WHATSAPP_STATUS, status(sid, "read")).status());
    assertEquals("read", message(whatsapp, id).getString("status"));
  }

  @Test
  void anUnknownMessageSidChangesNothing() throws Exception {
    assertEquals(204, Webhooks.twilio(SMS_STATUS, status(sid(), "delivered")).status());
  }

  @Test
  void badlySignedStatusCallbacksAreRefusedAndChangeNothing() throws Exception {
    String sid = sid();
    UUID id = sentMessage(sms, "SMS", sid, null);
    Map<String, String> signed = status(sid, "sent");
    String signature =
        Webhooks.twilioSignature(Webhooks.TWILIO_AUTH_TOKEN, Api.BASE + SMS_STATUS, signed);
    Map<String, String> tampered = new LinkedHashMap<>(signed);
    tampered.put("MessageStatus", "delivered");
    Api.Response response = Webhooks.twilio(SMS_STATUS, tampered, signature);
    assertEquals(403, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"));
    assertEquals(
        403,
        Webhooks.twilio(
                SMS_STATUS,
                signed,
                Webhooks.twilioSignature("wrong-token", Api.BASE + SMS_STATUS, signed))
            .status());
    assertEquals(403, Webhooks.twilio(SMS_STATUS, signed, null).status());
    assertEquals(
        403,
        Webhooks.twilio(
                SMS_STATUS,
                signed,
                Webhooks.twilioSignature(
                    Webhooks.TWILIO_AUTH_TOKEN, Api.BASE + WHATSAPP_STATUS, signed))
            .status(),
        "signed for another URL");
    assertEquals("queued", message(sms, id).getString("status"));
    assertEquals(0, events(id));
  }

  @Test
  void aStatusCallbackWithoutMessageSidIs400() throws Exception {
    Map<String, String> form = status(sid(), "sent");
    form.remove("MessageSid");
    Api.Response response = Webhooks.twilio(SMS_STATUS, form);
    assertEquals(400, response.status(), response::toString);
    assertTrue(response.body().contains("MessageSid"), response::toString);
  }

  // --- SendGrid events ------------------------------------------------------------------------

  private static String event(String sgId, String type, String eventId, String extra)
      throws Exception {
    return "{\"email\":\""
        + contactEmail
        + "\",\"timestamp\":"
        + Instant.now().getEpochSecond()
        + ",\"event\":\""
        + type
        + "\",\"sg_event_id\":\""
        + eventId
        + "\",\"sg_message_id\":\""
        + sgId
        + ".filterdrecv-5645d9c87f-78xgx-1-5F0B4E2A-4.0\",\"chatMessageId\":\"x\""
        + extra
        + "}";
  }

  @Test
  void signedSendGridEventsDeliverThenReadAndRepeatsAreRecordedOnce() throws Exception {
    String sgId = "sg" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    UUID id = sentMessage(email, "Email", null, sgId);
    String batch =
        "["
            + event(sgId, "processed", "e1-" + sgId, "")
            + ","
            + event(sgId, "delivered", "e2-" + sgId, ",\"response\":\"250 OK\"")
            + "]";
    assertEquals(204, Webhooks.sendGrid(batch).status());
    assertEquals("delivered", message(email, id).getString("status"));
    String opened = "[" + event(sgId, "open", "e3-" + sgId, "") + "]";
    assertEquals(204, Webhooks.sendGrid(opened).status());
    assertEquals(204, Webhooks.sendGrid(opened).status());
    assertEquals(204, Webhooks.sendGrid(batch).status());
    JsonObject m = message(email, id);
    assertEquals("read", m.getString("status"));
    assertEquals("open", m.getJsonObject("metadata").getString("emailStatus"));
    assertEquals(3, events(id), "processed, delivered, open — each once");
  }

  @Test
  void bounceFailsTheEmailAndSpamReportSetsEmailDnd() throws Exception {
    UUID me;
    UUID conversation;
    String address = "spam." + M + "@example.com";
    try (Seed seed = new Seed()) {
      me = (UUID) seed.value("SELECT id FROM users WHERE subject = ?", "hook-" + M);
      UUID other = seed.contact("Spam Contact " + M, null, address, me);
      conversation = seed.conversation(other, "Email", 0, false, Instant.now());
    }
    String bouncedId = "sgb" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    UUID bounced = sentMessage(conversation, "Email", null, bouncedId);
    assertEquals(
        204,
        Webhooks.sendGrid(
                "["
                    + event(
                        bouncedId,
                        "bounce",
                        "b-" + bouncedId,
                        ",\"status\":\"5.1.1\",\"reason\":\"550 5.1.1 user unknown\",\"type\":\"bounce\"")
                    + "]")
            .status());
    JsonObject m = message(conversation, bounced);
    assertEquals("failed", m.getString("status"));
    assertEquals("5.1.1", m.getJsonObject("metadata").getString("errorCode"));
    assertEquals("550 5.1.1 user unknown", m.getJsonObject("metadata").getString("errorMessage"));

    String spamId = "sgs" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    sentMessage(conversation, "Email", null, spamId);
    assertEquals(
        204,
        Webhooks.sendGrid("[" + event(spamId, "spamreport", "s-" + spamId, "") + "]").status());
    assertTrue(
        Api.get("/api/v1/conversations/" + conversation + "/contact", token)
            .data()
            .getBoolean("dnd"));
    Api.Response refused =
        Api.post(
            "/api/v1/conversations/" + conversation + "/messages/email",
            token,
            "{\"to\":\"" + address + "\",\"subject\":\"Hi\",\"body\":\"again\"}");
    assertEquals(409, refused.status(), refused::toString);
  }

  @Test
  void badlySignedOrStaleSendGridBatchesAreRefusedAndChangeNothing() throws Exception {
    String sgId = "sgx" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    UUID id = sentMessage(email, "Email", null, sgId);
    String batch = "[" + event(sgId, "delivered", "x-" + sgId, "") + "]";
    String now = Long.toString(Instant.now().getEpochSecond());
    String signature = Webhooks.sendGridSignature(now, batch.getBytes(StandardCharsets.UTF_8));

    String tampered = batch.replace("delivered", "open");
    assertEquals(403, Webhooks.sendGrid(tampered, signature, now).status(), "tampered body");
    assertEquals(403, Webhooks.sendGrid(batch, null, now).status(), "no signature");
    assertEquals(403, Webhooks.sendGrid(batch, signature, null).status(), "no timestamp");
    String old = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
    assertEquals(
        403,
        Webhooks.sendGrid(
                batch, Webhooks.sendGridSignature(old, batch.getBytes(StandardCharsets.UTF_8)), old)
            .status(),
        "stale timestamp (replay)");
    assertEquals(
        403,
        Webhooks.sendGrid(batch, Base64.getEncoder().encodeToString(new byte[70]), now).status(),
        "garbage signature");
    assertEquals("queued", message(email, id).getString("status"));
    assertEquals(0, events(id));
  }

  // --- inbound SMS / WhatsApp -----------------------------------------------------------------

  @Test
  void anUnknownNumberBecomesAContactWithAnUnreadConversation() throws Exception {
    String phone = "+1415" + (5_000_000 + (int) (Math.random() * 999_999));
    String first = sid();
    Api.Response reply = Webhooks.twilio(SMS_INBOUND, inbound(first, phone, "Hi, is my order in?"));
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("application/xml"), reply.contentType());
    assertTrue(reply.body().contains("<Response></Response>"), reply.body());
    UUID conversation = conversationOfPhone(phone, "SMS");
    assertNotNull(conversation, "a conversation was created");
    JsonObject c = Api.get("/api/v1/conversations/" + conversation, admin).data();
    assertEquals(1, c.getInt("unreadCount"));
    assertEquals("Hi, is my order in?", c.getJsonObject("lastMessage").getString("message"));

    assertEquals(200, Webhooks.twilio(SMS_INBOUND, inbound(sid(), phone, "Hello?")).status());
    assertEquals(
        200, Webhooks.twilio(SMS_INBOUND, inbound(first, phone, "Hi, is my order in?")).status());
    assertEquals(
        2,
        Api.get("/api/v1/conversations/" + conversation, admin).data().getInt("unreadCount"),
        "a second message raises it; Twilio's retry of the first does not");
    JsonObject latest =
        Api.get("/api/v1/conversations/" + conversation + "/messages", admin)
            .data()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals("contact", latest.getString("senderType"));
    assertEquals("Hello?", latest.getString("message"));
    try (Seed seed = new Seed()) {
      assertEquals(1, seed.count("SELECT COUNT(*) FROM contact_phones WHERE phone = ?", phone));
      assertEquals(
          2, seed.count("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", conversation));
    }
  }

  @Test
  void messagesLandingTogetherInOneConversationAreAllCounted() throws Exception {
    String phone = "+1415" + (4_000_000 + (int) (Math.random() * 999_999));
    assertEquals(200, Webhooks.twilio(SMS_INBOUND, inbound(sid(), phone, "first")).status());
    UUID conversation = conversationOfPhone(phone, "SMS");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String body = "together " + i;
        answers.add(
            pool.submit(() -> Webhooks.twilio(SMS_INBOUND, inbound(sid(), phone, body)).status()));
      }
      for (var answer : answers) {
        assertEquals(200, answer.get(), "no conflict on the conversation row");
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(
        17, Api.get("/api/v1/conversations/" + conversation, admin).data().getInt("unreadCount"));
  }

  @Test
  void stopSetsDndSoASendIsRefusedAndStartAllowsItAgain() throws Exception {
    String phone = "+1415" + (6_000_000 + (int) (Math.random() * 999_999));
    assertEquals(200, Webhooks.twilio(SMS_INBOUND, inbound(sid(), phone, "Hello")).status());
    UUID conversation = conversationOfPhone(phone, "SMS");
    String path = "/api/v1/conversations/" + conversation + "/messages/sms";
    String body = "{\"message\":\"Thanks!\",\"to\":\"" + phone + "\"}";

    assertEquals(200, Webhooks.twilio(SMS_INBOUND, inbound(sid(), phone, " stop ")).status());
    Api.Response refused = Api.post(path, admin, body);
    assertEquals(409, refused.status(), refused::toString);
    assertEquals("/problems/dnd", refused.json().getString("type"));

    assertEquals(200, Webhooks.twilio(SMS_INBOUND, inbound(sid(), phone, "START")).status());
    Api.Response allowed = Api.post(path, admin, body);
    assertEquals(201, allowed.status(), allowed::toString);
  }

  @Test
  void whatsappInboundKeepsMediaAndNamesTheContactAfterTheProfile() throws Exception {
    String phone = "+1415" + (7_000_000 + (int) (Math.random() * 999_999));
    Map<String, String> form = inbound(sid(), "whatsapp:" + phone, "Look at this");
    form.put("To", "whatsapp:+15005550007");
    form.put("ProfileName", "Ana WhatsApp " + M);
    form.put("NumMedia", "1");
    form.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
    form.put("MediaContentType0", "image/jpeg");
    assertEquals(200, Webhooks.twilio(WHATSAPP_INBOUND, form).status());
    UUID conversation = conversationOfPhone(phone, "WhatsApp");
    assertNotNull(conversation);
    JsonObject c = Api.get("/api/v1/conversations/" + conversation, admin).data();
    assertEquals("Ana WhatsApp " + M, c.getString("fullName"));
    JsonObject m =
        Api.get("/api/v1/conversations/" + conversation + "/messages", admin)
            .data()
            .getJsonArray("data")
            .getJsonObject(0);
    JsonObject media = m.getJsonObject("metadata").getJsonArray("attachments").getJsonObject(0);
    assertEquals("image/jpeg", media.getString("contentType"));
    assertTrue(media.getString("url").endsWith("/Media/ME1"));
  }

  @Test
  void unsignedOrMalformedInboundMessagesChangeNothing() throws Exception {
    String phone = "+1415" + (8_000_000 + (int) (Math.random() * 999_999));
    Map<String, String> form = inbound(sid(), phone, "Hi");
    assertEquals(403, Webhooks.twilio(SMS_INBOUND, form, null).status());
    assertEquals(
        403,
        Webhooks.twilio(
                SMS_INBOUND,
                form,
                Webhooks.twilioSignature("not-the-token", Api.BASE + SMS_INBOUND, form))
            .status());
    assertNull(conversationOfPhone(phone, "SMS"));
    Map<String, String> whatsappFromSms = inbound(sid(), "whatsapp:" + phone, "Hi");
    Api.Response wrongChannel = Webhooks.twilio(SMS_INBOUND, whatsappFromSms);
    assertEquals(400, wrongChannel.status(), wrongChannel::toString);
    assertTrue(wrongChannel.body().contains("\"From\""), wrongChannel::toString);
    assertNull(conversationOfPhone(phone, "SMS"));
  }

  // --- inbound email --------------------------------------------------------------------------

  @Test
  void anEmailReplyLandsInTheConversationOfTheEmailItAnswers() throws Exception {
    FakeCarrier fake = ItCarrier.get();
    Api.Response sent =
        Api.post(
            "/api/v1/conversations/" + email + "/messages/email",
            token,
            "{\"to\":\""
                + contactEmail
                + "\",\"fromName\":\"Support\",\"fromEmail\":\"support@example.com\",\"subject\":\"Your order "
                + M
                + "\",\"body\":\"It shipped.\"}");
    assertEquals(201, sent.status(), sent::toString);
    String id = sent.data().getString("id");
    FakeCarrier.Received request = null;
    for (int i = 0; i < 100 && request == null; i++) {
      request =
          fake.sendGridRequests().stream()
              .filter(r -> r.body().contains(id))
              .findFirst()
              .orElse(null);
      Thread.sleep(100);
    }
    assertNotNull(request, "the email went to SendGrid");
    String messageId = request.json().getJsonObject("headers").getString("Message-ID");
    assertTrue(messageId.startsWith("<" + id + "@"), messageId);

    Map<String, String> parse = new LinkedHashMap<>();
    parse.put(
        "headers",
        "Received: by mx.example.com\r\nMessage-ID: <reply-"
            + M
            + "@mail.example.org>\r\nIn-Reply-To: "
            + messageId
            + "\r\nReferences: <older@x.example>\r\n "
            + messageId
            + "\r\nSubject: Re: Your order\r\n");
    // sent from another address of the contact: only the reply headers can thread it
    parse.put("from", "\"Hook Contact\" <hook.other." + M + "@example.net>");
    parse.put("to", "support@example.com");
    parse.put("subject", "Re: Your order " + M);
    parse.put("text", "Thanks! When does it arrive?");
    parse.put("html", "<p>Thanks! <script>alert(1)</script>When does it arrive?</p>");
    Api.Response response = Webhooks.inboundEmail("?token=" + Webhooks.INBOUND_SECRET, parse);
    assertEquals(204, response.status(), response::toString);
    JsonObject latest =
        Api.get("/api/v1/conversations/" + email + "/messages", token)
            .data()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals("contact", latest.getString("senderType"));
    assertTrue(latest.getString("message").contains("When does it arrive?"), latest::toString);
    assertFalse(latest.getString("message").contains("script"), "sanitised: " + latest);
    assertEquals("Re: Your order " + M, latest.getJsonObject("metadata").getString("subject"));

    assertEquals(204, Webhooks.inboundEmail("?token=" + Webhooks.INBOUND_SECRET, parse).status());
    try (Seed seed = new Seed()) {
      assertEquals(
          1,
          seed.count(
              "SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND sender_type = 'contact'",
              email),
          "SendGrid's retry of the same email is stored once");
    }
  }

  @Test
  void anEmailFromAStrangerStartsAConversationAndTheSecretIsRequired() throws Exception {
    String from = "stranger." + M + "@example.org";
    Map<String, String> parse = new LinkedHashMap<>();
    parse.put("headers", "Message-ID: <new-" + M + "@example.org>\r\n");
    parse.put("from", "Stranger Person <" + from + ">");
    parse.put("to", "support@example.com");
    parse.put("subject", "Question");
    parse.put("text", "Do you ship to Canada?");
    assertEquals(403, Webhooks.inboundEmail("", parse).status(), "no secret");
    assertEquals(403, Webhooks.inboundEmail("?token=wrong", parse).status(), "wrong secret");
    try (Seed seed = new Seed()) {
      assertEquals(0, seed.count("SELECT COUNT(*) FROM contact_emails WHERE email = ?", from));
    }
    assertEquals(204, Webhooks.inboundEmail("?token=" + Webhooks.INBOUND_SECRET, parse).status());
    try (Seed seed = new Seed()) {
      Object conversation =
          seed.value(
              "SELECT cv.id FROM conversations cv JOIN contact_emails e ON e.contact_id ="
                  + " cv.contact_id WHERE e.email = ? AND cv.channel = 'Email'",
              from);
      assertNotNull(conversation);
      JsonObject c = Api.get("/api/v1/conversations/" + conversation, admin).data();
      assertEquals("Stranger Person", c.getString("fullName"));
      assertEquals(1, c.getInt("unreadCount"));
    }
  }

  @Test
  void theSandboxSimulatorIsClosedWhileRealCarriersAreConfigured() throws Exception {
    Api.Response response =
        Api.post(
            "/api/v1/sandbox/inbound-messages",
            admin,
            "{\"channel\":\"SMS\",\"from\":\"+14155550100\",\"message\":\"hi\"}");
    assertEquals(404, response.status(), response::toString);
  }
}
