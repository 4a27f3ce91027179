package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.OpenApiOperations;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
  private static UUID whatsAppConversation;
  private static UUID emailConversation;
  private static UUID strangerId;
  private static String actionId;
  private static UUID message;
  private static String ownersMention;
  private static String sharedReply;
  private static String ownersReply;

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
      whatsAppConversation = seed.conversation(contact, "WhatsApp", 0, false, Instant.now());
      emailConversation = seed.conversation(contact, "Email", 0, false, Instant.now());
      message = seed.message(conversation, "SMS", "contact", null, "matrix", Instant.now(), null);
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
    webhookEndpointId = newWebhookEndpoint();
    teamId = freshTeam();
    seedNotesAndReplies();
  }

  private static String teamId;

  /** A new team (#18), made by ADMIN. */
  private static String freshTeam() {
    Api.Response created =
        Api.post(
            "/api/v1/teams",
            TOKENS.get(Role.ADMIN),
            "{\"name\":\"Matrix team " + M + " " + SEQUENCE.incrementAndGet() + "\"}");
    assertEquals(201, created.status(), created::toString);
    return created.data().getString("id");
  }

  /** A new team with OWNER as its member. */
  private static String freshTeamWithMember() {
    String team = freshTeam();
    Api.post(
        "/api/v1/teams/" + team + "/members",
        TOKENS.get(Role.ADMIN),
        "{\"userId\":\"" + ownerId + "\"}");
    return team;
  }

  /** Part B's objects: a mention of OWNER, a shared reply, OWNER's own reply. */
  private static void seedNotesAndReplies() {
    Api.Response note =
        Api.post(conv("/notes"), TOKENS.get(Role.ADMIN), "{\"body\":\"@mx-owner-" + M + " see\"}");
    assertEquals(201, note.status(), note::toString);
    ownersMention =
        Api.get("/api/v1/mentions", TOKENS.get(Role.OWNER))
            .data()
            .getJsonArray("data")
            .getJsonObject(0)
            .getString("id");
    sharedReply = newCannedReply(Role.ADMIN, true);
    ownersReply = newCannedReply(Role.OWNER, false);
  }

  /** A canned reply with a fresh short code: the team's, or the role's own. */
  private static String newCannedReply(Role role, boolean shared) {
    Api.Response made =
        Api.post(
            "/api/v1/canned-replies",
            TOKENS.get(role),
            "{\"shortCode\":\"mx"
                + SEQUENCE.incrementAndGet()
                + M.substring(2, 8)
                + "\",\"title\":\"Matrix\",\"body\":\"Hi {{contact.firstName}}\",\"shared\":"
                + shared
                + "}");
    assertEquals(201, made.status(), made::toString);
    return made.data().getString("id");
  }

  /** The webhook endpoints the matrix made, deleted at the end (at most 50 may exist). */
  private static final List<String> WEBHOOK_ENDPOINTS =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private static String webhookEndpointId;

  /** An endpoint to a port nobody listens on, for one event type that rarely happens. */
  private static String newWebhookEndpoint() {
    Api.Response created =
        Api.post(
            "/api/v1/webhook-endpoints",
            TOKENS.get(Role.ADMIN),
            "{\"url\":\"http://127.0.0.1:49199/matrix\",\"eventTypes\":[\"conversation.deleted\"]}");
    assertEquals(201, created.status(), created::toString);
    String id = created.data().getString("id");
    WEBHOOK_ENDPOINTS.add(id);
    return id;
  }

  @org.junit.jupiter.api.AfterAll
  static void deleteWebhookEndpoints() {
    WEBHOOK_ENDPOINTS.forEach(
        id -> Api.delete("/api/v1/webhook-endpoints/" + id, TOKENS.get(Role.ADMIN)));
  }

  private static String hook(String rest) {
    return "/api/v1/webhook-endpoints/" + webhookEndpointId + rest;
  }

  /** A ping queued for the shared endpoint: a delivery to retry. */
  private static long pingDelivery() {
    return Api.post(hook("/test"), TOKENS.get(Role.ADMIN), "")
        .data()
        .getJsonNumber("deliveryId")
        .longValue();
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

  /**
   * A new contact of the matrix contact's kind (owned by OWNER, followed by FOLLOWER) with one
   * conversation, for the contact deletion row.
   */
  private static UUID freshContact() {
    try (Seed seed = new Seed()) {
      UUID c =
          seed.contact(
              "Matrix Doomed Contact " + M,
              "+1415557" + String.format("%04d", SEQUENCE.incrementAndGet()),
              null,
              ownerId);
      seed.follow(c, followerId);
      seed.conversation(c, "SMS", 0, false, Instant.now());
      return c;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String uniquePhone() {
    return "+1303555" + String.format("%04d", SEQUENCE.incrementAndGet());
  }

  static List<Row> table() {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "GET /contacts/{id}",
            (t, r) -> Api.get("/api/v1/contacts/" + contact, t),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "PATCH /contacts/{id}",
            (t, r) ->
                Api.patch("/api/v1/contacts/" + contact, t, "{\"title\":\"Matrix " + r + "\"}"),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "DELETE /contacts/{id}",
            (t, r) -> Api.delete("/api/v1/contacts/" + freshContact(), t),
            200,
            403,
            403,
            404,
            403));
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
            "GET /admin/config",
            (t, r) -> Api.get("/api/v1/admin/config", t),
            200,
            403,
            403,
            403,
            403));
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
    rows.add(
        new Row(
            "GET /conversations/updates",
            (t, r) -> Api.get("/api/v1/conversations/updates", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/messages/whatsapp",
            (t, r) ->
                Api.post(
                    "/api/v1/conversations/" + whatsAppConversation + "/messages/whatsapp",
                    t,
                    "{\"message\":\"matrix\",\"to\":\"+14155550999\",\"contentSid\":\"HX"
                        + "0".repeat(32)
                        + "\"}"),
            201,
            201,
            201,
            404,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/messages/email",
            (t, r) ->
                Api.post(
                    "/api/v1/conversations/" + emailConversation + "/messages/email",
                    t,
                    "{\"to\":\"matrix."
                        + M
                        + "@example.com\",\"fromName\":\"Matrix\",\"fromEmail\":\"support@example.com\","
                        + "\"subject\":\"Matrix\",\"body\":\"matrix\"}"),
            201,
            201,
            201,
            404,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/messages/schedule",
            (t, r) ->
                Api.post(
                    conv("/messages/schedule"),
                    t,
                    "{\"channel\":\"SMS\",\"message\":\"matrix\",\"scheduledAt\":\""
                        + Instant.now().plusSeconds(86_400)
                        + "\"}"),
            201,
            201,
            201,
            404,
            403));
    rows.add(
        new Row(
            "GET /messages/{id}/events",
            (t, r) -> Api.get("/api/v1/messages/" + message + "/events", t),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "GET /messages/{id}/attachments/{attachmentId}",
            (t, r) ->
                Api.get("/api/v1/messages/" + message + "/attachments/" + UUID.randomUUID(), t),
            404,
            404,
            404,
            404,
            403));
    rows.add(
        new Row(
            "POST /sandbox/inbound-messages",
            (t, r) ->
                Api.post(
                    "/api/v1/sandbox/inbound-messages",
                    t,
                    "{\"channel\":\"SMS\",\"from\":\"+14155550999\",\"message\":\"matrix\"}"),
            404,
            404,
            404,
            404,
            403));
    rows.add(
        new Row(
            "GET /scheduled-messages",
            (t, r) -> Api.get("/api/v1/scheduled-messages", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "DELETE /scheduled-messages/{id}",
            (t, r) -> Api.delete("/api/v1/scheduled-messages/" + freshScheduledMessage(), t),
            200,
            200,
            200,
            404,
            403));
    // the carriers' webhooks: public, verified by signature — a token changes nothing
    for (String channel : List.of("sms", "whatsapp")) {
      for (String kind : List.of("status", "inbound")) {
        rows.add(
            new Row(
                "POST /webhooks/twilio/{channel}/" + kind + " (" + channel + ")",
                (t, r) ->
                    Webhooks.twilio(
                        "/api/v1/webhooks/twilio/" + channel + "/" + kind,
                        Map.of("MessageSid", "SM" + M, "From", "+14155550999"),
                        "unsigned"),
                403,
                403,
                403,
                403,
                403));
      }
    }
    rows.add(
        new Row(
            "POST /webhooks/twilio/email/status",
            (t, r) -> Webhooks.sendGrid("[]", "unsigned", "1"),
            403,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "POST /webhooks/twilio/email/inbound",
            (t, r) -> Webhooks.inboundEmail("?token=wrong", Map.of("from", "a@example.com")),
            403,
            403,
            403,
            403,
            403));
    // Integrator webhooks and events (#19): administrators only, 403 for everyone else before
    // the body is read; the endpoint in the path exists (an unknown one is 404 for ADMIN)
    rows.add(
        new Row(
            "POST /webhook-endpoints",
            (t, r) ->
                created(
                    Api.post(
                        "/api/v1/webhook-endpoints",
                        t,
                        "{\"url\":\"http://127.0.0.1:49199/matrix\",\"eventTypes\":[\"conversation.deleted\"]}")),
            201,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "GET /webhook-endpoints",
            (t, r) -> Api.get("/api/v1/webhook-endpoints", t),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "GET /webhook-endpoints/{id}",
            (t, r) -> Api.get(hook(""), t),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "PATCH /webhook-endpoints/{id}",
            (t, r) -> Api.patch(hook(""), t, "{\"description\":\"matrix " + r + "\"}"),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "DELETE /webhook-endpoints/{id}",
            (t, r) -> Api.delete("/api/v1/webhook-endpoints/" + newWebhookEndpoint(), t),
            204,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "POST /webhook-endpoints/{id}/rotate-secret",
            (t, r) -> Api.post(hook("/rotate-secret"), t, ""),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "GET /webhook-endpoints/{id}/deliveries",
            (t, r) -> Api.get(hook("/deliveries"), t),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "POST /webhook-endpoints/{id}/deliveries/{deliveryId}/retry",
            (t, r) -> Api.post(hook("/deliveries/" + pingDelivery() + "/retry"), t, ""),
            202,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "POST /webhook-endpoints/{id}/test",
            (t, r) -> Api.post(hook("/test"), t, ""),
            202,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "POST /webhook-endpoints/{id}/replay",
            (t, r) -> Api.post(hook("/replay"), t, "{\"since\":\"999999999\"}"),
            202,
            403,
            403,
            403,
            403));
    // team workflow (#18)                                                   ADMIN OWNER FOLLOWER
    // STRANGER CUST
    rows.add(
        new Row(
            "GET /conversations/counts",
            (t, r) -> Api.get("/api/v1/conversations/counts", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(new Row("GET /teams", (t, r) -> Api.get("/api/v1/teams", t), 200, 200, 200, 200, 403));
    rows.add(
        new Row(
            "GET /teams/{id}",
            (t, r) -> Api.get("/api/v1/teams/" + teamId, t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "POST /teams",
            (t, r) ->
                Api.post(
                    "/api/v1/teams",
                    t,
                    "{\"name\":\"Matrix new " + M + " " + SEQUENCE.incrementAndGet() + "\"}"),
            201,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "PATCH /teams/{id}",
            (t, r) -> Api.patch("/api/v1/teams/" + teamId, t, "{\"agentCapacity\":7}"),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "DELETE /teams/{id}",
            (t, r) -> Api.delete("/api/v1/teams/" + freshTeam(), t),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "POST /teams/{id}/members",
            (t, r) ->
                Api.post(
                    "/api/v1/teams/" + freshTeam() + "/members",
                    t,
                    "{\"userId\":\"" + followerId + "\"}"),
            201,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "DELETE /teams/{id}/members/{userId}",
            (t, r) ->
                Api.delete("/api/v1/teams/" + freshTeamWithMember() + "/members/" + ownerId, t),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "PATCH /users/me",
            (t, r) -> Api.patch("/api/v1/users/me", t, "{\"availability\":\"online\"}"),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "POST /conversations/{id}/notes",
            (t, r) -> Api.post(conv("/notes"), t, "{\"body\":\"matrix note " + r + "\"}"),
            201,
            201,
            201,
            404,
            403));
    rows.add(
        new Row(
            "GET /mentions",
            (t, r) -> Api.get("/api/v1/mentions?unread=true", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "POST /mentions/{id}/read",
            (t, r) -> Api.post("/api/v1/mentions/" + ownersMention + "/read", t, ""),
            404,
            200,
            404,
            404,
            403));
    rows.add(
        new Row(
            "GET /canned-replies",
            (t, r) -> Api.get("/api/v1/canned-replies", t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "POST /canned-replies",
            (t, r) ->
                Api.post(
                    "/api/v1/canned-replies",
                    t,
                    "{\"shortCode\":\"mx-new-"
                        + SEQUENCE.incrementAndGet()
                        + "\",\"title\":\"t\",\"body\":\"b\"}"),
            201,
            201,
            201,
            201,
            403));
    rows.add(
        new Row(
            "GET /canned-replies/{id} (shared)",
            (t, r) -> Api.get("/api/v1/canned-replies/" + sharedReply, t),
            200,
            200,
            200,
            200,
            403));
    rows.add(
        new Row(
            "GET /canned-replies/{id} (OWNER's personal)",
            (t, r) -> Api.get("/api/v1/canned-replies/" + ownersReply, t),
            404,
            200,
            404,
            404,
            403));
    rows.add(
        new Row(
            "PATCH /canned-replies/{id}",
            (t, r) -> Api.patch("/api/v1/canned-replies/" + sharedReply, t, "{\"title\":\"mx\"}"),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "DELETE /canned-replies/{id}",
            (t, r) -> Api.delete("/api/v1/canned-replies/" + newCannedReply(Role.ADMIN, true), t),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "POST /canned-replies/{id}/render",
            (t, r) ->
                Api.post(
                    "/api/v1/canned-replies/"
                        + sharedReply
                        + "/render?conversationId="
                        + conversation,
                    t,
                    ""),
            200,
            200,
            200,
            404,
            403));
    rows.add(
        new Row(
            "GET /reports/summary",
            (t, r) -> Api.get("/api/v1/reports/summary", t),
            200,
            403,
            403,
            403,
            403));
    rows.add(
        new Row(
            "GET /events",
            (t, r) -> Api.get("/api/v1/events?limit=1", t),
            200,
            403,
            403,
            403,
            403));
    return rows;
  }

  /** Keeps track of an endpoint a row created, to delete it at the end. */
  private static Api.Response created(Api.Response response) {
    if (response.status() == 201) {
      WEBHOOK_ENDPOINTS.add(response.data().getString("id"));
    }
    return response;
  }

  /** A scheduled SMS of a fresh conversation of the matrix contact's kind, for cancel rows. */
  private static UUID freshScheduledMessage() {
    UUID c = freshConversation();
    try (Seed seed = new Seed()) {
      return seed.scheduledSms(
          c, ownerId, "matrix", "+14155550999", Instant.now(), Instant.now().plusSeconds(86_400));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * "GET /api/v1/conversations/{conversationId}" and "GET /conversations/{id}" are one operation.
   */
  private static String operation(String name) {
    String path = name.replaceFirst(" \\(.*\\)$", "").replaceAll("\\{[^}]*\\}", "{}");
    return path.replaceFirst(" /api/v1/", " /");
  }

  /** Every operation the server documents: a new one without a row here fails the build. */
  @Test
  void everyDocumentedOperationHasARow() {
    Set<String> covered =
        table().stream().map(row -> operation(row.name())).collect(Collectors.toSet());
    List<String> missing =
        OpenApiOperations.served().stream()
            .map(o -> operation(o.name()))
            .filter(o -> !covered.contains(o))
            .sorted()
            .toList();
    assertTrue(missing.isEmpty(), () -> "operations without a matrix row: " + missing);
  }

  /**
   * Who may not call an operation learns it before the body is read: for every documented operation
   * that takes a body, a malformed one (cut-off JSON) still gets CUST a 403, a USER a 403 on an
   * administrators' operation, and a USER who cannot see the conversation or action in the path a
   * 404 — never the 400 that would mean the body was parsed first.
   */
  @TestFactory
  Stream<DynamicTest> refusalsComeBeforeTheBodyIsRead() {
    return OpenApiOperations.served().stream()
        .filter(o -> o.takesBody() && !o.isPublic())
        .flatMap(
            o -> {
              String path =
                  o.path()
                      .replace("{conversationId}", conversation.toString())
                      .replace("{actionId}", actionId)
                      .replace("{contactId}", contact.toString())
                      .replace("{userId}", strangerId.toString())
                      .replace("{endpointId}", webhookEndpointId)
                      .replace("{replyId}", sharedReply)
                      .replace("{mentionId}", ownersMention)
                      .replace("{teamId}", teamId);
              String method = o.method();
              List<DynamicTest> tests = new ArrayList<>();
              tests.add(
                  dynamicTest(
                      o.name() + " as CUST, malformed body -> 403",
                      () -> assertEquals(403, malformed(method, path, Role.CUST).status())));
              int stranger =
                  (path.startsWith("/api/v1/users") && !path.equals("/api/v1/users/me"))
                          || path.startsWith("/api/v1/webhook-endpoints")
                          || path.startsWith("/api/v1/teams")
                      ? 403
                      : o.path().contains("{conversationId}")
                              || o.path().contains("{actionId}")
                              || o.path().contains("{contactId}")
                          ? 404
                          : 400;
              tests.add(
                  dynamicTest(
                      o.name() + " as STRANGER, malformed body -> " + stranger,
                      () -> {
                        Api.Response response = malformed(method, path, Role.STRANGER);
                        assertEquals(stranger, response.status(), response::toString);
                      }));
              return tests.stream();
            });
  }

  private static Api.Response malformed(String method, String path, Role role) {
    return Api.send(
        Api.request(path, TOKENS.get(role))
            .header("Content-Type", "application/json")
            .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("{\"x\":"))
            .build());
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
