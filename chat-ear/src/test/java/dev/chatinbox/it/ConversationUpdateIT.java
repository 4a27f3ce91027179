package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import dev.chatinbox.it.support.WsClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, finding 8: a subscribed inbox is told when a conversation's list view changes because
 * a message arrived or was sent — a {@code conversation_update} (spec 5A: {@code type} and the
 * conversation as {@code data}) with the new last message and unread count, one per commit.
 */
class ConversationUpdateIT {
  private static final String M = Seed.marker();
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static String owner;
  private static String phone;
  private static UUID conversation;

  @BeforeAll
  static void seed() throws Exception {
    phone = "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    try (Seed seed = new Seed()) {
      UUID me = seed.user("cu-" + M, "Update Owner " + M, "USER");
      UUID contact = seed.contact("Update Contact " + M, phone, null, me);
      conversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    owner = Tokens.token("cu-" + M, "USER");
  }

  private static boolean updateOfOurs(JsonObject frame) {
    return "conversation_update".equals(frame.getString("type", ""))
        && conversation.toString().equals(frame.getJsonObject("data").getString("id", ""));
  }

  private static void inbound(String body) {
    inbound(phone, body);
  }

  private static void inbound(String from, String body) {
    assertEquals(
        200,
        Webhooks.twilio("/api/v1/webhooks/twilio/sms/inbound", Webhooks.twilioInbound(from, body))
            .status());
  }

  @Test
  void arrivingAndSentMessagesUpdateTheConversationOncePerCommit() throws Exception {
    try (WsClient ws = WsClient.withQueryToken(owner)) {
      ws.send("{\"action\":\"subscribe\"}");
      ws.await(f -> "subscribed".equals(f.getString("type", "")), WAIT);

      inbound("Where is my parcel? " + M);
      JsonObject arrived = ws.await(ConversationUpdateIT::updateOfOurs, WAIT);
      JsonObject data = arrived.getJsonObject("data");
      assertEquals(1, data.getInt("unreadCount"), arrived::toString);
      assertEquals(
          "Where is my parcel? " + M, data.getJsonObject("lastMessage").getString("message"));
      assertTrue(arrived.containsKey("id") && arrived.containsKey("occurredAt"), arrived::toString);

      Api.Response sent =
          Api.post(
              "/api/v1/conversations/" + conversation + "/messages/sms",
              owner,
              "{\"message\":\"On its way " + M + "\",\"to\":\"" + phone + "\"}");
      assertEquals(201, sent.status(), sent::toString);
      JsonObject replied = ws.await(ConversationUpdateIT::updateOfOurs, WAIT);
      assertEquals(
          sent.data().getString("id"),
          replied.getJsonObject("data").getJsonObject("lastMessage").getString("id"));

      // an opt-out changes the message list and the contact in one commit: one update
      ws.collect(Duration.ofMillis(1500));
      inbound("STOP");
      List<JsonObject> frames = ws.collect(Duration.ofMillis(2000));
      assertEquals(
          1,
          frames.stream().filter(ConversationUpdateIT::updateOfOurs).count(),
          () -> "one conversation_update per commit: " + frames);
      assertEquals(
          1,
          frames.stream().filter(f -> "new_message".equals(f.getString("type", ""))).count(),
          frames::toString);
    }
  }

  @Test
  void pollingListsTheConversationAsUpdatedToo() throws Exception {
    String other = "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    UUID polled;
    try (Seed seed = new Seed()) {
      UUID me = (UUID) seed.value("SELECT id FROM users WHERE subject = ?", "cu-" + M);
      polled =
          seed.conversation(
              seed.contact("Polled Contact " + M, other, null, me), "SMS", 0, false, Instant.now());
    }
    String cursor = Api.get("/api/v1/conversations/updates", owner).data().getString("cursor");
    inbound(other, "Polling " + M);
    boolean listed = false;
    long end = System.nanoTime() + WAIT.toNanos();
    while (!listed && System.nanoTime() < end) {
      JsonObject answer = Api.get("/api/v1/conversations/updates?cursor=" + cursor, owner).data();
      listed =
          answer.getJsonArray("updatedConversations").stream()
              .anyMatch(c -> c.asJsonObject().getString("id").equals(polled.toString()));
      Thread.sleep(100);
    }
    assertTrue(listed, "the conversation is among updatedConversations");
  }
}
