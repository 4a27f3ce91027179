package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import dev.chatinbox.it.support.WsClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real-time updates through real WebSocket clients and the polling endpoint, against the running
 * server: authentication, per-conversation subscriptions, visibility, events from the API and from
 * carrier webhooks, resume after a disconnect, slow consumers, and polling under concurrent writes.
 */
class RealtimeIT {
  private static final String M = Seed.marker();
  private static final Duration SECOND = Duration.ofSeconds(1);

  private static String owner;
  private static String other;
  private static UUID mine;
  private static UUID mineToo;
  private static UUID theirs;
  private static final String PHONE = "+14155550601";

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      UUID a = seed.user("rt-" + M, "Realtime Owner " + M, "USER");
      UUID b = seed.user("rt-other-" + M, "Realtime Other " + M, "USER");
      UUID x = seed.contact("Realtime X " + M, PHONE, "rt.x." + M + "@example.com", a);
      UUID y = seed.contact("Realtime Y " + M, "+14155550602", null, a);
      UUID z = seed.contact("Realtime Z " + M, "+14155550603", null, b);
      mine = seed.conversation(x, "SMS", 0, false, Instant.now());
      mineToo = seed.conversation(y, "SMS", 0, false, Instant.now());
      theirs = seed.conversation(z, "SMS", 0, false, Instant.now());
    }
    owner = Tokens.token("rt-" + M, "USER");
    other = Tokens.token("rt-other-" + M, "USER");
  }

  private static String sendSms(String token, UUID conversation, String to, String text) {
    Api.Response sent =
        Api.post(
            "/api/v1/conversations/" + conversation + "/messages/sms",
            token,
            "{\"message\":\"" + text + "\",\"to\":\"" + to + "\"}");
    assertEquals(201, sent.status(), sent::toString);
    return sent.data().getString("id");
  }

  private static boolean about(JsonObject frame, UUID conversation) {
    JsonObject data = frame.getJsonObject("data");
    if (data == null) {
      return false;
    }
    String id =
        "conversation_update".equals(frame.getString("type", ""))
                || "conversation_deleted".equals(frame.getString("type", ""))
            ? data.getString("id", "")
            : data.getString("conversationId", "");
    return id.equals(conversation.toString());
  }

  private static JsonObject subscribed(WsClient ws, String json) throws Exception {
    ws.send(json);
    return ws.await(f -> "subscribed".equals(f.getString("type", "")), Duration.ofSeconds(5));
  }

  @Test
  void badOrMissingTokensAreClosedWithPolicyViolation() throws Exception {
    for (WsClient ws :
        List.of(
            WsClient.withQueryToken(null),
            WsClient.withQueryToken("not.a.token"),
            WsClient.withQueryToken(Tokens.expired("rt-" + M, "USER")),
            WsClient.withQueryToken(Tokens.badlySigned("rt-" + M, "USER")),
            WsClient.withQueryToken(Tokens.wrongIssuer("rt-" + M, "USER")),
            WsClient.withQueryToken(Tokens.token("rt-cust-" + M, "CUST")))) {
      try (ws) {
        assertEquals(1008, ws.closeCode(Duration.ofSeconds(5)), ws.closeReason());
        assertEquals(null, ws.next(Duration.ofMillis(100)), "no event before the close");
      }
    }
  }

  @Test
  void theTokenMayComeAsQueryHeaderOrSubprotocol() throws Exception {
    try (WsClient query = WsClient.withQueryToken(owner);
        WsClient header = WsClient.withHeaderToken(owner);
        WsClient protocol = WsClient.withSubprotocolToken(owner)) {
      for (WsClient ws : List.of(query, header, protocol)) {
        assertNotNull(subscribed(ws, "{\"action\":\"subscribe\"}"));
      }
      assertEquals("bearer", protocol.subprotocol());
    }
  }

  @Test
  void aSubscriberToOneConversationGetsItsNewMessageAtOnceAndNothingElse() throws Exception {
    try (WsClient ws = WsClient.withQueryToken(owner)) {
      subscribed(ws, "{\"action\":\"subscribe\",\"conversationId\":\"" + mine + "\"}");
      sendSms(owner, mineToo, "+14155550602", "elsewhere " + M);
      long posted = System.nanoTime();
      String id = sendSms(owner, mine, PHONE, "here " + M);
      JsonObject event =
          ws.await(f -> "new_message".equals(f.getString("type", "")), Duration.ofSeconds(5));
      long millis = (System.nanoTime() - posted) / 1_000_000;
      assertEquals(id, event.getJsonObject("data").getString("id"));
      assertTrue(millis < 1000, "delivered " + millis + " ms after the POST");
      assertTrue(Long.parseLong(event.getString("id")) > 0);
      assertNotNull(event.getString("occurredAt"));
      for (JsonObject frame : ws.collect(Duration.ofMillis(1500))) {
        assertTrue(!about(frame, mineToo), "nothing from the other conversation: " + frame);
      }
    }
  }

  @Test
  void aUserNeverReceivesEventsOfConversationsTheyMayNotSee() throws Exception {
    try (WsClient ws = WsClient.withQueryToken(other)) {
      subscribed(ws, "{\"action\":\"subscribe\"}");
      sendSms(owner, mine, PHONE, "private " + M);
      String theirsId = sendSms(other, theirs, "+14155550603", "visible " + M);
      JsonObject event =
          ws.await(f -> "new_message".equals(f.getString("type", "")), Duration.ofSeconds(5));
      assertEquals(theirsId, event.getJsonObject("data").getString("id"));
      for (JsonObject frame : ws.collect(Duration.ofMillis(1500))) {
        assertTrue(!about(frame, mine), "never the owner's conversation: " + frame);
      }
      ws.send("{\"action\":\"subscribe\",\"conversationId\":\"" + mine + "\"}");
      JsonObject refused =
          ws.await(f -> "error".equals(f.getString("type", "")), SECOND.multipliedBy(5));
      assertEquals("not-found", refused.getJsonObject("data").getString("code"));
    }
  }

  @Test
  void inboundWebhooksAndStatusCallbacksReachSubscribers() throws Exception {
    try (WsClient ws = WsClient.withQueryToken(owner)) {
      subscribed(ws, "{\"action\":\"subscribe\",\"conversationId\":\"" + mine + "\"}");
      Map<String, String> inbound = new LinkedHashMap<>();
      inbound.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
      inbound.put("AccountSid", ItCarrier.ACCOUNT_SID);
      inbound.put("From", PHONE);
      inbound.put("To", "+15005550006");
      inbound.put("Body", "Hello from the contact " + M);
      inbound.put("NumMedia", "0");
      assertEquals(200, Webhooks.twilio("/api/v1/webhooks/twilio/sms/inbound", inbound).status());
      JsonObject received =
          ws.await(
              f ->
                  "new_message".equals(f.getString("type", ""))
                      && "contact".equals(f.getJsonObject("data").getString("senderType", "")),
              Duration.ofSeconds(5));
      assertEquals(
          "Hello from the contact " + M, received.getJsonObject("data").getString("message"));

      String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
      UUID outbound;
      try (Seed seed = new Seed()) {
        outbound = seed.message(mine, "SMS", "user", null, "seeded " + M, Instant.now(), "sent");
        seed.carrierIds(outbound, sid, null);
      }
      Map<String, String> status = new LinkedHashMap<>();
      status.put("MessageSid", sid);
      status.put("MessageStatus", "delivered");
      status.put("AccountSid", ItCarrier.ACCOUNT_SID);
      assertEquals(204, Webhooks.twilio("/api/v1/webhooks/twilio/sms/status", status).status());
      JsonObject moved =
          ws.await(
              f ->
                  "message_status".equals(f.getString("type", ""))
                      && outbound.toString().equals(f.getJsonObject("data").getString("id", "")),
              Duration.ofSeconds(5));
      assertEquals("delivered", moved.getJsonObject("data").getString("status"));
    }
  }

  @Test
  void malformedFramesGetAnErrorFrameAndTheConnectionStays() throws Exception {
    try (WsClient ws = WsClient.withQueryToken(owner)) {
      ws.send("not json");
      assertEquals("error", ws.next(Duration.ofSeconds(5)).getString("type"));
      ws.send("{\"action\":\"dance\"}");
      assertEquals(
          "bad-request", ws.next(Duration.ofSeconds(5)).getJsonObject("data").getString("code"));
      ws.send("{\"action\":\"subscribe\",\"conversationId\":\"nope\"}");
      assertEquals("error", ws.next(Duration.ofSeconds(5)).getString("type"));
      ws.send("{\"action\":\"ping\"}");
      assertEquals("pong", ws.next(Duration.ofSeconds(5)).getString("type"));
    }
  }

  @Test
  void aClientThatReconnectsWithSinceGetsExactlyWhatItMissedInOrder() throws Exception {
    UUID conversation;
    try (Seed seed = new Seed()) {
      UUID user = seed.user("rt-resume-" + M, "Resume User " + M, "USER");
      UUID contact = seed.contact("Resume Contact " + M, "+14155550611", null, user);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    String token = Tokens.token("rt-resume-" + M, "USER");
    String patch = "/api/v1/conversations/" + conversation;
    long last;
    try (WsClient ws = WsClient.withQueryToken(token)) {
      subscribed(ws, "{\"action\":\"subscribe\"}");
      assertEquals(200, Api.patch(patch, token, "{\"isStarred\":true}").status());
      JsonObject seen =
          ws.await(
              f -> "conversation_update".equals(f.getString("type", "")), Duration.ofSeconds(5));
      last = Long.parseLong(seen.getString("id"));
    }
    for (int i = 1; i <= 100; i++) {
      assertEquals(200, Api.patch(patch, token, "{\"unreadCount\":" + i + "}").status());
    }
    try (WsClient ws = WsClient.withQueryToken(token)) {
      ws.send("{\"action\":\"subscribe\",\"since\":" + last + "}");
      List<JsonObject> replayed = new ArrayList<>();
      JsonObject frame;
      while (!"subscribed"
          .equals((frame = ws.next(Duration.ofSeconds(10))).getString("type", ""))) {
        replayed.add(frame);
      }
      assertEquals(100, replayed.size(), "exactly the missed events");
      long previous = last;
      for (int i = 0; i < replayed.size(); i++) {
        long id = Long.parseLong(replayed.get(i).getString("id"));
        assertTrue(id > previous, "in order");
        previous = id;
        // an event carries the conversation as it is when delivered, not a historical snapshot
        assertEquals(100, replayed.get(i).getJsonObject("data").getInt("unreadCount"));
      }
      assertEquals(null, ws.next(Duration.ofMillis(500)), "and nothing twice");
    }
  }

  @Test
  void aClientThatNeverReadsIsClosedWhileOthersKeepReceiving() throws Exception {
    UUID conversation;
    UUID contact;
    try (Seed seed = new Seed()) {
      UUID user = seed.user("rt-slow-" + M, "Slow User " + M, "USER");
      contact = seed.contact("Slow Contact " + M, "+14155550621", null, user);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
      for (int i = 0; i < 100; i++) {
        String tag = String.format("tag-%03d-%s-padding-padding-padding", i, M);
        seed.update(
            "INSERT INTO contact_tags (id, contact_id, tag_key, tag, created_at) VALUES (?,?,?,?,now())",
            UUID.randomUUID(),
            contact,
            tag.toLowerCase(),
            tag);
      }
    }
    String token = Tokens.token("rt-slow-" + M, "USER");
    int events = 3000;
    try (WsClient slow = WsClient.notReading(token);
        WsClient fast = WsClient.withQueryToken(token)) {
      slow.send("{\"action\":\"subscribe\"}");
      subscribed(fast, "{\"action\":\"subscribe\"}");
      Thread.sleep(500); // the slow client's subscription is handled too
      try (Seed seed = new Seed()) {
        seed.update(
            "INSERT INTO change_log (event_type, conversation_id, contact_id, occurred_at)"
                + " SELECT 'conversation_update', ?, ?, now() FROM generate_series(1, ?)",
            conversation,
            contact,
            events);
      }
      int received = 0;
      long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (received < events && System.nanoTime() < end) {
        JsonObject frame = fast.next(Duration.ofSeconds(5));
        if (frame != null && "conversation_update".equals(frame.getString("type", ""))) {
          received++;
        }
      }
      assertEquals(events, received, "the reading client got every event");
      // the slow client's first frame has been waiting since the burst: closed within the stall
      // limit and the hub's once-a-second check (reading now would count as progress)
      Thread.sleep(3_500);
      slow.drain();
      assertEquals(1013, slow.closeCode(Duration.ofSeconds(30)), slow.closeReason());
    }
  }

  @Test
  void pollingWithTheCursorSeesEveryChangeOnceUnderConcurrentWriters() throws Exception {
    List<UUID> conversations = new ArrayList<>();
    List<String> phones = new ArrayList<>();
    try (Seed seed = new Seed()) {
      UUID user = seed.user("rt-poll-" + M, "Poll User " + M, "USER");
      for (int i = 0; i < 4; i++) {
        String phone = "+1415555063" + i;
        phones.add(phone);
        UUID c = seed.contact("Poll Contact " + i + " " + M, phone, null, user);
        conversations.add(seed.conversation(c, "SMS", 0, false, Instant.now()));
      }
    }
    String token = Tokens.token("rt-poll-" + M, "USER");
    String cursor = Api.get("/api/v1/conversations/updates", token).data().getString("cursor");
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (String phone : phones) {
      done.add(
          writers.submit(
              () -> {
                for (int k = 0; k < 25; k++) {
                  Map<String, String> form = new LinkedHashMap<>();
                  form.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
                  form.put("From", phone);
                  form.put("To", "+15005550006");
                  form.put("Body", "poll " + k);
                  form.put("NumMedia", "0");
                  assertEquals(
                      200, Webhooks.twilio("/api/v1/webhooks/twilio/sms/inbound", form).status());
                }
                return null;
              }));
    }
    List<String> seen = new ArrayList<>();
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (seen.size() < 100 && System.nanoTime() < end) {
      JsonObject answer = Api.get("/api/v1/conversations/updates?cursor=" + cursor, token).data();
      answer.getJsonArray("newMessages").forEach(m -> seen.add(m.asJsonObject().getString("id")));
      cursor = answer.getString("cursor");
      Thread.sleep(answer.getBoolean("hasMore") ? 0 : 50);
    }
    for (Future<?> f : done) {
      f.get();
    }
    writers.shutdown();
    Thread.sleep(500);
    JsonObject tail = Api.get("/api/v1/conversations/updates?cursor=" + cursor, token).data();
    tail.getJsonArray("newMessages").forEach(m -> seen.add(m.asJsonObject().getString("id")));
    Set<String> stored = new HashSet<>();
    try (Seed seed = new Seed()) {
      for (UUID c : conversations) {
        try (var st =
            java.sql.DriverManager.getConnection(System.getProperty("it.pg.url"))
                .prepareStatement("SELECT id FROM messages WHERE conversation_id = ?")) {
          st.setObject(1, c);
          try (var rs = st.executeQuery()) {
            while (rs.next()) {
              stored.add(rs.getString(1));
            }
          }
        }
      }
    }
    assertEquals(100, stored.size());
    assertEquals(100, seen.size(), "every change once, none twice");
    assertEquals(stored, new HashSet<>(seen));
  }
}
