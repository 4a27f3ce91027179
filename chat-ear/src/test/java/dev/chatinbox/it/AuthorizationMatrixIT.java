package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what, for every endpoint: one table, one row per endpoint, one expected status per
 * role. The conversation's contact is owned by OWNER and followed by FOLLOWER; STRANGER is a USER
 * with neither; CUST has no inbox. Invisible objects answer 404 (never a hint), a visible object
 * the role may not change 403.
 */
class AuthorizationMatrixIT {
  /** The roles of the matrix, in column order. */
  enum Role {
    ADMIN,
    OWNER,
    FOLLOWER,
    STRANGER,
    CUST
  }

  private static final String M = Seed.marker();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final java.util.Map<Role, String> TOKENS = new java.util.EnumMap<>(Role.class);
  private static UUID ownerId;
  private static UUID followerId;
  private static UUID contact;
  private static UUID conversation;
  private static UUID strangerId;
  private static String actionId;

  /** One endpoint: a request made with a token and a fresh context, and the status per role. */
  record Row(String name, BiFunction<String, Role, Api.Response> call, int... expected) {}

  @BeforeAll
  static void seed() throws Exception {
    dev.chatinbox.it.support.ItCarrier.get(); // the sends of the matrix go to the fake carrier
    try (Seed seed = new Seed()) {
      ownerId = seed.user("mx-owner-" + M, "Owner " + M, "USER");
      followerId = seed.user("mx-follower-" + M, "Follower " + M, "USER");
      strangerId = seed.user("mx-stranger-" + M, "Stranger " + M, "USER");
      UUID strangersOwn = seed.user("mx-someone-" + M, "Someone " + M, "USER");
      contact =
          seed.contact(
              "Matrix Contact " + M, "+14155550999", "matrix." + M + "@example.com", ownerId);
      seed.follow(contact, followerId);
      conversation = seed.conversation(contact, "SMS", 1, false, Instant.now());
      seed.message(conversation, "SMS", "contact", null, "matrix", Instant.now(), null);
      seed.contact("Not Matrix " + M, "+14155550998", null, strangersOwn);
    }
    TOKENS.put(Role.ADMIN, Tokens.token("mx-admin-" + M, "ADMIN"));
    TOKENS.put(Role.OWNER, Tokens.token("mx-owner-" + M, "USER"));
    TOKENS.put(Role.FOLLOWER, Tokens.token("mx-follower-" + M, "USER"));
    TOKENS.put(Role.STRANGER, Tokens.token("mx-stranger-" + M, "USER"));
    TOKENS.put(Role.CUST, Tokens.token("mx-cust-" + M, "CUST"));
    Api.Response action =
        Api.post(
            "/api/v1/conversations/manual-actions",
            TOKENS.get(Role.ADMIN),
            "{\"conversationId\":\"" + conversation + "\",\"action\":\"Call back\"}");
    actionId = action.data().getString("id");
  }

  private static String conv(String rest) {
    return "/api/v1/conversations/" + conversation + rest;
  }

  /**
   * A new conversation of the matrix contact's kind (owned by OWNER, followed by FOLLOWER), for
   * destructive rows.
   */
  private static UUID freshConversation() {
    try (Seed seed = new Seed()) {
      UUID c =
          seed.contact(
              "Matrix Doomed " + M,
              "+1415556" + String.format("%04d", SEQUENCE.incrementAndGet()),
              null,
              ownerId);
      seed.follow(c, followerId);
      return seed.conversation(c, "WhatsApp", 0, false, Instant.now());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String uniquePhone() {
    return "+1303555" + String.format("%04d", SEQUENCE.incrementAndGet());
  }

  static List<Row> table() {
    List<Row> rows = new ArrayList<>();
    //                                                                                ADMIN OWNER
    // FOLLOWER STRANGER CUST
    rows.add(
        new Row(
            "GET /conversations",
            (t, r) -> Api.get("/api/v1/conversations", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "GET /conversations/{id}", (t, r) -> Api.get(conv(""), t), 200, 200, 200, 404, 403));
    rows.add(
        new Row(
            "PATCH /conversations/{id}",
            (t, r) -> Api.patch(conv(""), t, "{\"isStarred\":false}"),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "DELETE /conversations/{id}",
            (t, r) -> Api.delete("/api/v1/conversations/" + freshConversation(), t),
            200,
            403,
            403,
            404,
            403));
    rows.add(
        new Row(
            "GET /conversations/{id}/messages",
            (t, r) -> Api.get(conv("/messages"), t),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "GET /conversations/search",
            (t, r) -> Api.get("/api/v1/conversations/search?q=matrix", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "POST /conversations",
            (t, r) ->
                Api.post(
                    "/api/v1/conversations",
                    t,
                    "{\"contactId\":\"" + contact + "\",\"channel\":\"SMS\"}"),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "GET /conversations/{id}/contact",
            (t, r) -> Api.get(conv("/contact"), t),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "PATCH /conversations/{id}/contact",
            (t, r) -> Api.patch(conv("/contact"), t, "{\"dndAll\":false}"),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/contact/emails",
            (t, r) ->
                Api.post(conv("/contact/emails"), t, "{\"email\":\"extra." + M + "@example.com\"}"),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/contact/phones",
            (t, r) -> Api.post(conv("/contact/phones"), t, "{\"phone\":\"+14155550997\"}"),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/contact/tags",
            (t, r) -> Api.post(conv("/contact/tags"), t, "{\"tag\":\"matrix\"}"),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "DELETE /conversations/{id}/contact/tags/{tag}",
            (t, r) -> Api.delete(conv("/contact/tags/nothing"), t),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/contact/followers",
            (t, r) ->
                Api.post(conv("/contact/followers"), t, "{\"userId\":\"" + followerId + "\"}"),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "DELETE /conversations/{id}/contact/followers/{userId}",
            (t, r) -> Api.delete(conv("/contact/followers/" + UUID.randomUUID()), t),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "GET /contacts",
            (t, r) -> Api.get("/api/v1/contacts?search=matrix", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "POST /contacts",
            (t, r) ->
                Api.post(
                    "/api/v1/contacts",
                    t,
                    "{\"fullName\":\"Matrix New "
                        + M
                        + "\",\"phone\":\""
                        + uniquePhone()
                        + "\",\"ownerId\":\""
                        + ownerId
                        + "\"}"),
            201,
            201,
            201,
            201,
            403));
    rows.add(new Row("GET /users", (t, r) -> Api.get("/api/v1/users", t), 200, 200, 200, 200, 403));
    rows.add(
        new Row(
            "GET /users/search",
            (t, r) -> Api.get("/api/v1/users/search?q=mx", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "POST /users",
            (t, r) ->
                Api.post(
                    "/api/v1/users",
                    t,
                    "{\"username\":\"mx-new-"
                        + SEQUENCE.incrementAndGet()
                        + "-"
                        + M
                        + "\",\"name\":\"New\",\"roles\":[\"USER\"]}"),
            201,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "PATCH /users/{id}",
            (t, r) ->
                Api.patch("/api/v1/users/" + strangerId, t, "{\"name\":\"Stranger " + M + "\"}"),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "GET /conversations/manual-actions",
            (t, r) -> Api.get("/api/v1/conversations/manual-actions", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "POST /conversations/manual-actions",
            (t, r) ->
                Api.post(
                    "/api/v1/conversations/manual-actions",
                    t,
                    "{\"conversationId\":\"" + conversation + "\",\"action\":\"Follow up\"}"),
            201,
            201,
            201,
            404,
            403));
    rows.add(
        new Row(
            "PATCH /conversations/manual-actions/{id}",
            (t, r) ->
                Api.patch(
                    "/api/v1/conversations/manual-actions/" + actionId,
                    t,
                    "{\"status\":\"pending\"}"),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/messages/sms",
            (t, r) ->
                Api.post(
                    conv("/messages/sms"), t, "{\"message\":\"matrix\",\"to\":\"+14155550999\"}"),
            201,
            201,
            201,
            404,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/messages",
            (t, r) ->
                Api.post(conv("/messages"), t, "{\"channel\":\"SMS\",\"message\":\"matrix\"}"),
            201,
            201,
            201,
            404,
            403));
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointForEveryRole() {
    return table().stream()
        .flatMap(
            row ->
                Stream.of(Role.values())
                    .map(
                        role ->
                            dynamicTest(
                                row.name()
                                    + " as "
                                    + role
                                    + " -> "
                                    + row.expected()[role.ordinal()],
                                () -> {
                                  Api.Response response = row.call().apply(TOKENS.get(role), role);
                                  assertEquals(
                                      row.expected()[role.ordinal()],
                                      response.status(),
                                      response::toString);
                                })));
  }
}
