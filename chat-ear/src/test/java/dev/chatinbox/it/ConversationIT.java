package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec 1.2–1.4: get, star/unstar, mark read, delete — with visibility, roles and bad bodies. */
class ConversationIT {
  private static final String M = Seed.marker();
  private static String owner;
  private static String stranger;
  private static String admin;
  private static UUID conversation;
  private static UUID doomed;
  private static UUID ownerId;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      ownerId = seed.user("owner-" + M, "Owner " + M, "USER");
      seed.user("stranger-" + M, "Stranger " + M, "USER");
      UUID contact = seed.contact("Conv Contact " + M, "+14155550111", null, ownerId);
      conversation =
          seed.conversation(contact, "SMS", 4, false, Instant.now().minus(Duration.ofDays(1)));
      seed.message(
          conversation,
          "SMS",
          "contact",
          null,
          "hello",
          Instant.now().minus(Duration.ofHours(1)),
          null);
      UUID other = seed.contact("Doomed Contact " + M, "+14155550112", null, ownerId);
      doomed = seed.conversation(other, "WhatsApp", 0, false, Instant.now());
      seed.message(doomed, "WhatsApp", "contact", null, "bye", Instant.now(), null);
    }
    owner = Tokens.token("owner-" + M, "USER");
    stranger = Tokens.token("stranger-" + M, "USER");
    admin = Tokens.token("admin-" + M, "ADMIN");
  }

  private static String path(UUID id) {
    return "/api/v1/conversations/" + id;
  }

  private static void assertProblem(Api.Response response, int status, String type) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(
        response.contentType().startsWith("application/problem+json"), response.contentType());
    assertEquals(type, response.json().getString("type"));
    assertEquals(false, response.json().getBoolean("success"));
  }

  @Test
  void getReturnsTheConversationToOwnerAndAdmin() {
    Api.Response response = Api.get(path(conversation), owner);
    assertEquals(200, response.status(), response::toString);
    assertEquals(true, response.json().getBoolean("success"));
    assertEquals(conversation.toString(), response.data().getString("id"));
    assertEquals("Conv Contact " + M, response.data().getString("fullName"));
    assertEquals(200, Api.get(path(conversation), admin).status());
  }

  @Test
  void aConversationAnotherUserMayNotSeeIs404LikeAMissingOne() {
    Api.Response hidden = Api.get(path(conversation), stranger);
    assertProblem(hidden, 404, "/problems/not-found");
    Api.Response missing = Api.get(path(UUID.randomUUID()), stranger);
    assertProblem(missing, 404, "/problems/not-found");
    assertEquals(
        missing.json().getString("detail"),
        hidden.json().getString("detail"),
        "no hint that it exists");
    assertProblem(Api.get("/api/v1/conversations/not-a-uuid", owner), 404, "/problems/not-found");
    assertProblem(
        Api.patch(path(conversation), stranger, "{\"isStarred\":true}"),
        404,
        "/problems/not-found");
    assertProblem(Api.delete(path(conversation), stranger), 404, "/problems/not-found");
  }

  @Test
  void starUnstarAndMarkRead() {
    Api.Response starred = Api.patch(path(conversation), owner, "{\"isStarred\": true}");
    assertEquals(200, starred.status(), starred::toString);
    assertEquals(true, starred.data().getBoolean("isStarred"));
    assertEquals(true, Api.get(path(conversation), owner).data().getBoolean("isStarred"));

    Api.Response read = Api.patch(path(conversation), owner, "{\"unreadCount\": 0}");
    assertEquals(0, read.data().getInt("unreadCount"));
    assertEquals(true, read.data().getBoolean("isStarred"), "absent fields do not change");

    Api.Response both =
        Api.patch(path(conversation), owner, "{\"isStarred\": false, \"unreadCount\": 1}");
    assertEquals(false, both.data().getBoolean("isStarred"));
    assertEquals(1, both.data().getInt("unreadCount"));
    assertEquals(1, Api.get(path(conversation), admin).data().getInt("unreadCount"));
  }

  @Test
  void badPatchBodiesAre400NamingTheFieldAndChangeNothing() {
    int before = Api.get(path(conversation), owner).data().getInt("unreadCount");
    assertFields(Api.patch(path(conversation), owner, "{\"unreadCount\": -1}"), "unreadCount");
    assertFields(Api.patch(path(conversation), owner, "{\"unreadCount\": 1.5}"), "unreadCount");
    assertFields(Api.patch(path(conversation), owner, "{\"unreadCount\": \"3\"}"), "unreadCount");
    assertFields(Api.patch(path(conversation), owner, "{\"isStarred\": \"yes\"}"), "isStarred");
    assertFields(
        Api.patch(
            path(conversation),
            owner,
            "{\"isStarred\": true, \"id\": \"x\", \"channel\": \"Email\"}"),
        "channel",
        "id");
    assertFields(
        Api.patch(path(conversation), owner, "{\"unreadCount\": 0, \"contactId\": \"x\"}"),
        "contactId");
    assertEquals(
        before,
        Api.get(path(conversation), owner).data().getInt("unreadCount"),
        "nothing half-written");
    assertEquals(false, Api.get(path(conversation), owner).data().getBoolean("isStarred"));
  }

  private static void assertFields(Api.Response response, String... fields) {
    assertProblem(response, 400, "/problems/validation");
    assertEquals(
        List.of(fields),
        response.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .sorted()
            .toList());
  }

  @Test
  void malformedJsonWrongMediaTypeAndOversizedBodies() {
    assertProblem(
        Api.patch(path(conversation), owner, "{\"isStarred\": tru"),
        400,
        "/problems/malformed-json");
    assertProblem(Api.patch(path(conversation), owner, "[1,2]"), 400, "/problems/malformed-json");
    assertProblem(
        Api.patch(path(conversation), owner, "isStarred=true", "application/x-www-form-urlencoded"),
        415,
        "/problems/unsupported-media-type");
    String huge = "{\"isStarred\": true, \"pad\": \"" + "x".repeat(1_100_000) + "\"}";
    assertProblem(Api.patch(path(conversation), owner, huge), 413, "/problems/payload-too-large");
    Api.Response chunked =
        Api.send(
            Api.request(path(conversation), owner)
                .header("Content-Type", "application/json")
                .method(
                    "PATCH",
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes())))
                .build());
    assertProblem(chunked, 413, "/problems/payload-too-large");
  }

  @Test
  void unknownPathsAndMethodsAreProblemsToo() {
    assertProblem(Api.get("/api/v1/nothing-here", owner), 404, "/problems/not-found");
    Api.Response post =
        Api.send(
            Api.request(path(conversation), owner)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build());
    assertProblem(post, 405, "/problems/method-not-allowed");
  }

  @Test
  void onlyAdminDeletes() {
    assertProblem(Api.delete(path(doomed), owner), 403, "/problems/forbidden");
    assertEquals(
        200, Api.get(path(doomed), owner).status(), "still there after the refused delete");
    Api.Response deleted = Api.delete(path(doomed), admin);
    assertEquals(200, deleted.status(), deleted::toString);
    assertEquals("Conversation deleted", deleted.data().getString("message"));
    assertProblem(Api.get(path(doomed), admin), 404, "/problems/not-found");
    try (Seed seed = new Seed()) {
      assertEquals(
          0,
          seed.count("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", doomed),
          "its messages went with it");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertProblem(Api.delete(path(doomed), admin), 404, "/problems/not-found");
  }

  @Test
  void custHasNoInboxAccess() {
    String cust = Tokens.token("cust-" + M, "CUST");
    assertProblem(Api.get("/api/v1/conversations", cust), 403, "/problems/forbidden");
    assertProblem(Api.get(path(conversation), cust), 403, "/problems/forbidden");
    assertProblem(
        Api.patch(path(conversation), cust, "{\"isStarred\":true}"), 403, "/problems/forbidden");
    assertProblem(Api.delete(path(conversation), cust), 403, "/problems/forbidden");
    JsonObject still = Api.get(path(conversation), admin).data();
    assertEquals(conversation.toString(), still.getString("id"));
  }
}
