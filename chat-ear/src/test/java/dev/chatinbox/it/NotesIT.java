package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Cli;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.WsClient;
import dev.chatinbox.sdk.ChatApiException;
import dev.chatinbox.sdk.ChatClient;
import dev.chatinbox.sdk.model.Mention;
import dev.chatinbox.sdk.model.Message;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private notes over HTTP (issue #18): a note is in the history and the real-time stream, never at
 * the carrier, not the last message and not unread; mentions are checked against the one
 * authorisation rule and reach only the mentioned user (WebSocket {@code mention}, GET /mentions).
 */
class NotesIT {
  private static final String M = Seed.marker();
  private static final Duration WAIT = Duration.ofSeconds(10);

  private static String owner;
  private static String follower;
  private static String stranger;
  private static String admin;
  private static UUID ownerId;
  private static UUID conversation;
  private static String phone;

  @BeforeAll
  static void seed() throws Exception {
    ItCarrier.get();
    phone = "+1415" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    try (Seed seed = new Seed()) {
      ownerId = seed.user("nt-owner-" + M, "Note Owner " + M, "USER");
      UUID followerId = seed.user("nt-follower-" + M, "Note Follower " + M, "USER");
      seed.user("nt-stranger-" + M, "Note Stranger " + M, "USER");
      seed.user("nt-admin-" + M, "Note Admin " + M, "ADMIN");
      seed.user("nt-cust-" + M, "Note Customer " + M, "CUST");
      UUID contact = seed.contact("Note Contact " + M, phone, null, ownerId);
      seed.follow(contact, followerId);
      conversation = seed.conversation(contact, "SMS", 2, false, Instant.now());
      seed.message(conversation, "SMS", "contact", null, "where is my parcel", Instant.now(), null);
    }
    owner = Tokens.token("nt-owner-" + M, "USER");
    follower = Tokens.token("nt-follower-" + M, "USER");
    stranger = Tokens.token("nt-stranger-" + M, "USER");
    admin = Tokens.token("nt-admin-" + M, "ADMIN");
  }

  private static String notes() {
    return "/api/v1/conversations/" + conversation + "/notes";
  }

  private static Api.Response note(String token, String body) {
    return Api.post(notes(), token, "{\"body\":\"" + body + "\"}");
  }

  private static List<JsonObject> history(String token) {
    return Api.get("/api/v1/conversations/" + conversation + "/messages?pageSize=100", token)
        .data()
        .getJsonArray("data")
        .getValuesAs(JsonObject.class);
  }

  @Test
  void aNoteIsInTheHistoryButNeverReachesTheCarrierNorChangesTheList() throws Exception {
    JsonObject before = Api.get("/api/v1/conversations/" + conversation, owner).data();
    Api.Response written = note(owner, "internal: refund approved " + M);
    assertEquals(201, written.status(), written::toString);
    JsonObject n = written.data();
    assertEquals("note", n.getString("senderType"));
    assertEquals(ownerId.toString(), n.getString("sender"));
    assertFalse(n.containsKey("status"), "a note has no delivery status: " + n);
    String noteId = n.getString("id");
    assertTrue(
        history(follower).stream().anyMatch(m -> m.getString("id").equals(noteId)),
        "the team sees the note in the history");

    JsonObject after = Api.get("/api/v1/conversations/" + conversation, owner).data();
    assertEquals(before.get("lastMessage"), after.get("lastMessage"), "not the last message");
    assertEquals(before.getInt("unreadCount"), after.getInt("unreadCount"), "not unread");

    // a real send after it: once the carrier has it, the outbox has run past the note
    Api.Response sms =
        Api.post(
            "/api/v1/conversations/" + conversation + "/messages/sms",
            owner,
            "{\"message\":\"on its way " + M + "\"}");
    assertEquals(201, sms.status(), sms::toString);
    FakeCarrier carrier = ItCarrier.get();
    long end = System.nanoTime() + WAIT.toNanos();
    while (carrier.twilioRequestsTo(phone).isEmpty() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    List<FakeCarrier.Received> atCarrier = carrier.twilioRequestsTo(phone);
    assertEquals(1, atCarrier.size(), () -> "only the SMS reached the carrier: " + atCarrier);
    assertFalse(atCarrier.get(0).body().contains("refund"), "the note's text never left");
    try (Seed seed = new Seed()) {
      assertEquals(
          0,
          seed.count("SELECT COUNT(*) FROM outbox WHERE message_id = ?", UUID.fromString(noteId)));
    }
  }

  @Test
  void aMentionOfSomeoneWhoCannotSeeTheConversationIsRefusedAndNothingIsWritten() {
    int before = history(owner).size();
    Api.Response refused = note(owner, "@nt-stranger-" + M + " can you look?");
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.body().contains("@nt-stranger-" + M), refused::toString);
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    Api.Response customer = note(owner, "@nt-cust-" + M + " hello");
    assertEquals(400, customer.status(), customer::toString);
    assertTrue(customer.body().contains("@nt-cust-" + M), customer::toString);
    Api.Response unknown = note(owner, "@nobody-" + M + " hello");
    assertEquals(400, unknown.status(), unknown::toString);
    assertTrue(unknown.body().contains("@nobody-" + M), unknown::toString);
    assertEquals(before, history(owner).size(), "nothing was written");
  }

  @Test
  void badBodiesAreRefusedAndStrangersSeeNothing() {
    assertEquals(400, Api.post(notes(), owner, "{\"body\":\"  \"}").status());
    assertEquals(400, Api.post(notes(), owner, "{}").status());
    assertEquals(400, note(owner, "x".repeat(4097)).status());
    assertEquals(400, Api.post(notes(), owner, "{\"body\":\"a\",\"channel\":\"SMS\"}").status());
    assertEquals(404, note(stranger, "hello").status());
    assertEquals(201, note(owner, "x".repeat(4096)).status());
    assertEquals(
        201, note(owner, "mail me at bob@example.com").status(), "an address names no one");
  }

  @Test
  void aMentionReachesOnlyTheMentionedUserOverWebSocketAndInTheirList() throws Exception {
    String cursor = Api.get("/api/v1/conversations/updates", admin).data().getString("cursor");
    try (WsClient mentioned = WsClient.withQueryToken(follower);
        WsClient bystander = WsClient.withQueryToken(admin)) {
      subscribe(mentioned, "{\"action\":\"subscribe\"}");
      subscribe(bystander, "{\"action\":\"subscribe\"}");
      Api.Response written =
          note(owner, "@NT-FOLLOWER-" + M + ", please call them back. @nt-owner-" + M);
      assertEquals(201, written.status(), written::toString);
      String noteId = written.data().getString("id");

      JsonObject mention = mentioned.await(f -> "mention".equals(f.getString("type", "")), WAIT);
      assertNotNull(mention, "the mentioned user gets a mention event");
      JsonObject data = mention.getJsonObject("data");
      assertEquals(noteId, data.getJsonObject("note").getString("id"));
      assertEquals(conversation.toString(), data.getString("conversationId"));
      assertEquals(ownerId.toString(), data.getString("mentionedBy"));
      String mentionId = data.getString("id");

      JsonObject seen =
          bystander.await(
              f ->
                  "new_message".equals(f.getString("type", ""))
                      && noteId.equals(f.getJsonObject("data").getString("id", "")),
              WAIT);
      assertNotNull(seen, "the team sees the note in the stream");
      assertEquals("note", seen.getJsonObject("data").getString("senderType"));
      assertTrue(
          bystander.collect(Duration.ofMillis(700)).stream()
              .noneMatch(f -> "mention".equals(f.getString("type", ""))),
          "nobody else gets the mention");

      List<JsonObject> unread =
          Api.get("/api/v1/mentions?unread=true", follower)
              .data()
              .getJsonArray("data")
              .getValuesAs(JsonObject.class);
      assertEquals(1, unread.size(), () -> "unread: " + unread);
      assertEquals(mentionId, unread.get(0).getString("id"));
      assertEquals(noteId, unread.get(0).getJsonObject("note").getString("id"));
      assertTrue(
          Api.get("/api/v1/mentions", owner).data().getJsonArray("data").isEmpty(),
          "mentioning oneself notifies nobody");

      assertEquals(404, Api.post("/api/v1/mentions/" + mentionId + "/read", owner, "").status());
      assertEquals(200, Api.post("/api/v1/mentions/" + mentionId + "/read", follower, "").status());
      assertTrue(
          Api.get("/api/v1/mentions?unread=true", follower).data().getJsonArray("data").isEmpty());
      JsonObject read =
          Api.get("/api/v1/mentions", follower).data().getJsonArray("data").getJsonObject(0);
      assertNotNull(read.getString("readAt", null));
      assertEquals(400, Api.get("/api/v1/mentions?unread=maybe", follower).status());
    }
    // polling: the note is a new message, the mention is not in the spec's shape
    JsonObject polled = Api.get("/api/v1/conversations/updates?cursor=" + cursor, admin).data();
    assertTrue(
        polled.getJsonArray("newMessages").getValuesAs(JsonObject.class).stream()
            .anyMatch(m -> "note".equals(m.getString("senderType"))),
        () -> "polled: " + polled);
    assertNull(polled.get("mentions"));
  }

  @Test
  void theSdkAndTheCliWriteNotesAndReadMentions(@TempDir Path config) throws Exception {
    ChatClient asOwner = ChatClient.builder().baseUrl(Api.BASE).token(owner).build();
    ChatClient asAdmin = ChatClient.builder().baseUrl(Api.BASE).token(admin).build();
    Message note = asOwner.notes().write(conversation.toString(), "sdk @nt-admin-" + M + " fyi");
    assertEquals("note", note.senderType());
    List<Mention> mine = asAdmin.notes().mentions(true, 1, 20).items();
    assertEquals(1, mine.size(), () -> "admin's unread: " + mine);
    assertEquals(note.id(), mine.get(0).note().id());
    asAdmin.notes().markRead(mine.get(0).id());
    assertTrue(asAdmin.notes().mentions(true, 1, 20).items().isEmpty());
    ChatApiException refused =
        assertThrows(
            ChatApiException.class,
            () -> asOwner.notes().write(conversation.toString(), "@nt-stranger-" + M));
    assertEquals(400, refused.status());

    assertEquals(
        0, Cli.run(config, "config", "set", "--server", Api.BASE, "--token", owner).code());
    Cli.Result added =
        Cli.run(config, "notes", "add", conversation.toString(), "cli @nt-admin-" + M, "--json");
    assertEquals(0, added.code(), added::toString);
    assertEquals("note", added.json().get("senderType").asText());
    Cli.Result mentions = Cli.run(config, "notes", "mentions", "--unread", "--json");
    assertEquals(0, mentions.code(), mentions::toString);
    assertTrue(mentions.json().get("data").isEmpty(), "the owner has no mention");
  }

  private static void subscribe(WsClient ws, String json) throws Exception {
    ws.send(json);
    assertNotNull(ws.await(f -> "subscribed".equals(f.getString("type", "")), WAIT));
  }
}
