package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spec 8.1 plus recording and closing manual actions, over HTTP: visibility through the
 * conversation, validation naming each field, 404 for invisible objects, roles, and the literal
 * path {@code /conversations/manual-actions} never taken for a conversation id.
 */
class ManualActionIT {
  private static final String M = Seed.marker();
  private static final String ACTIONS = "/api/v1/conversations/manual-actions";
  private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
  private static String owner;
  private static String stranger;
  private static String admin;
  private static String cust;
  private static UUID colleague;
  private static UUID retired;
  private static UUID visible;
  private static UUID hidden;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      UUID ownerId = seed.user("ma-owner-" + M, "MA Owner " + M, "USER");
      UUID someone = seed.user("ma-someone-" + M, "MA Someone " + M, "USER");
      colleague = seed.user("ma-colleague-" + M, "MA Colleague " + M, "USER");
      retired = seed.user("ma-retired-" + M, "MA Retired " + M, "USER");
      seed.deactivate(retired);
      UUID contact = seed.contact("MA Contact " + M, "+14155550861", null, ownerId);
      visible = seed.conversation(contact, "SMS", 0, false, Instant.now());
      UUID other = seed.contact("MA Hidden " + M, "+14155550862", null, someone);
      hidden = seed.conversation(other, "SMS", 0, false, Instant.now());
    }
    owner = Tokens.token("ma-owner-" + M, "USER");
    stranger = Tokens.token("ma-stranger-" + M, "USER");
    admin = Tokens.token("ma-admin-" + M, "ADMIN");
    cust = Tokens.token("ma-cust-" + M, "CUST");
  }

  private static String createBody(UUID conversation, String action) {
    return "{\"conversationId\":\"" + conversation + "\",\"action\":\"" + action + "\"}";
  }

  private static JsonObject created(Api.Response response) {
    assertEquals(201, response.status(), response::toString);
    assertEquals(true, response.json().getBoolean("success"));
    return response.data();
  }

  private static JsonObject ok(Api.Response response) {
    assertEquals(200, response.status(), response::toString);
    assertEquals(true, response.json().getBoolean("success"));
    return response.data();
  }

  /** Records an action; pauses a little after it so that the next one is strictly newer. */
  private static String create(String token, UUID conversation, String action) {
    String id = created(Api.post(ACTIONS, token, createBody(conversation, action))).getString("id");
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return id;
  }

  private static void assertProblem(Api.Response response, int status, String type) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(
        response.contentType().startsWith("application/problem+json"), response.contentType());
    assertEquals(type, response.json().getString("type"), response::toString);
  }

  private static void assertFields(Api.Response response, String... fields) {
    assertProblem(response, 400, "/problems/validation");
    assertEquals(
        List.of(fields),
        response.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .sorted()
            .toList(),
        response::toString);
  }

  /** The ids on one page of the list, of actions whose text carries {@code marker}. */
  private static List<String> listed(String token, String query, String marker) {
    JsonObject page = ok(Api.get(ACTIONS + query, token));
    return page.getJsonArray("data").stream()
        .map(v -> v.asJsonObject())
        .filter(a -> a.getString("action").contains(marker))
        .map(a -> a.getString("id"))
        .toList();
  }

  // ---- POST ----

  @Test
  void recordsAPendingActionOnAVisibleConversation() {
    JsonObject action =
        created(
            Api.post(
                ACTIONS,
                owner,
                "{\"conversationId\":\""
                    + visible
                    + "\",\"action\":\" Call back about the refund "
                    + M
                    + " \",\"assignedTo\":\""
                    + colleague
                    + "\"}"));
    assertEquals(visible.toString(), action.getString("conversationId"));
    assertEquals("Call back about the refund " + M, action.getString("action"));
    assertEquals("pending", action.getString("status"));
    assertEquals(colleague.toString(), action.getString("assignedTo"));
    assertTrue(action.getString("createdAt").matches(TIMESTAMP), action::toString);
    assertFalse(action.containsKey("completedAt"), "absent while pending");
    assertTrue(action.containsKey("createdBy"));
  }

  @Test
  void eachInvalidFieldIsNamed() {
    assertFields(Api.post(ACTIONS, owner, "{}"), "action", "conversationId");
    assertFields(
        Api.post(ACTIONS, owner, "{\"conversationId\":\"nope\",\"action\":\"x\"}"),
        "conversationId");
    assertFields(Api.post(ACTIONS, owner, createBody(visible, " ")), "action");
    assertFields(Api.post(ACTIONS, owner, createBody(visible, "x".repeat(1001))), "action");
    assertFields(
        Api.post(
            ACTIONS,
            owner,
            "{\"conversationId\":\""
                + visible
                + "\",\"action\":\"x\",\"assignedTo\":\""
                + retired
                + "\"}"),
        "assignedTo");
    assertFields(
        Api.post(
            ACTIONS,
            owner,
            "{\"conversationId\":\""
                + visible
                + "\",\"action\":\"x\",\"assignedTo\":\""
                + UUID.randomUUID()
                + "\"}"),
        "assignedTo");
    assertFields(
        Api.post(
            ACTIONS,
            owner,
            "{\"conversationId\":5,\"action\":[],\"assignedTo\":\"x\",\"status\":\"completed\"}"),
        "action",
        "assignedTo",
        "conversationId",
        "status");
    assertProblem(Api.post(ACTIONS, owner, "[]"), 400, "/problems/malformed-json");
    assertProblem(Api.post(ACTIONS, owner, "{\"action\":"), 400, "/problems/malformed-json");
    assertEquals(
        1000,
        created(Api.post(ACTIONS, owner, createBody(visible, "y".repeat(1000))))
            .getString("action")
            .length());
  }

  @Test
  void anInvisibleOrUnknownConversationIsNotFound() {
    assertProblem(
        Api.post(ACTIONS, stranger, createBody(visible, "peek")), 404, "/problems/not-found");
    assertProblem(Api.post(ACTIONS, owner, createBody(hidden, "peek")), 404, "/problems/not-found");
    assertProblem(
        Api.post(ACTIONS, admin, createBody(UUID.randomUUID(), "ghost")),
        404,
        "/problems/not-found");
  }

  // ---- GET ----

  @Test
  void eachReaderListsTheActionsOfConversationsTheyMaySeeNewestFirst() {
    String tag = "list-" + M;
    String first = create(owner, visible, "first " + tag);
    String second = create(admin, hidden, "second " + tag);
    String third = create(admin, visible, "third " + tag);

    assertEquals(List.of(third, first), listed(owner, "?pageSize=200", tag));
    assertEquals(List.of(), listed(stranger, "?pageSize=200", tag));
    assertEquals(List.of(third, second, first), listed(admin, "?pageSize=200", tag));

    JsonObject page = ok(Api.get(ACTIONS + "?page=1&pageSize=1", owner));
    assertEquals(1, page.getJsonArray("data").size());
    JsonObject meta = page.getJsonObject("meta");
    assertEquals(1, meta.getInt("page"));
    assertEquals(1, meta.getInt("pageSize"));
    assertTrue(meta.getInt("total") >= 2, meta::toString);
    assertEquals(meta.getInt("total"), meta.getInt("totalPages"));
  }

  @Test
  void filtersByStatus() {
    String tag = "status-" + M;
    String open = create(owner, visible, "open " + tag);
    String done = create(owner, visible, "done " + tag);
    ok(Api.patch(ACTIONS + "/" + done, owner, "{\"status\":\"completed\"}"));
    assertEquals(List.of(open), listed(owner, "?status=pending&pageSize=200", tag));
    assertEquals(List.of(done), listed(owner, "?status=COMPLETED&pageSize=200", tag));
    assertEquals(List.of(), listed(owner, "?status=failed&pageSize=200", tag));
  }

  @Test
  void badQueryValuesAreNamedAllAtOnce() {
    assertFields(
        Api.get(ACTIONS + "?status=done&page=0&pageSize=201", owner), "page", "pageSize", "status");
    assertFields(Api.get(ACTIONS + "?page=x", owner), "page");
  }

  // ---- PATCH ----

  @Test
  void completingStampsCompletedAtAndReopeningClearsIt() {
    String id = create(owner, visible, "close me " + M);
    JsonObject done = ok(Api.patch(ACTIONS + "/" + id, owner, "{\"status\":\"completed\"}"));
    assertEquals("completed", done.getString("status"));
    assertTrue(done.getString("completedAt").matches(TIMESTAMP), done::toString);
    JsonObject failed = ok(Api.patch(ACTIONS + "/" + id, admin, "{\"status\":\"failed\"}"));
    assertEquals("failed", failed.getString("status"));
    assertTrue(failed.containsKey("completedAt"));
    JsonObject reopened = ok(Api.patch(ACTIONS + "/" + id, owner, "{\"status\":\"pending\"}"));
    assertEquals("pending", reopened.getString("status"));
    assertFalse(reopened.containsKey("completedAt"));
  }

  @Test
  void reassigningAndUnassigning() {
    String id = create(owner, visible, "assign me " + M);
    assertEquals(
        colleague.toString(),
        ok(Api.patch(ACTIONS + "/" + id, owner, "{\"assignedTo\":\"" + colleague + "\"}"))
            .getString("assignedTo"));
    JsonObject unassigned = ok(Api.patch(ACTIONS + "/" + id, owner, "{\"assignedTo\":null}"));
    assertFalse(unassigned.containsKey("assignedTo"));
    assertEquals("pending", unassigned.getString("status"), "absent fields stay");
  }

  @Test
  void badPatchesAreNamedAndNothingIsWritten() {
    String id = create(owner, visible, "patch me " + M);
    assertFields(Api.patch(ACTIONS + "/" + id, owner, "{\"status\":\"done\"}"), "status");
    assertFields(
        Api.patch(
            ACTIONS + "/" + id,
            owner,
            "{\"status\":\"completed\",\"action\":\"rewrite\",\"conversationId\":\""
                + hidden
                + "\",\"createdAt\":\"x\"}"),
        "action",
        "conversationId",
        "createdAt");
    assertFields(
        Api.patch(ACTIONS + "/" + id, owner, "{\"assignedTo\":\"" + retired + "\"}"), "assignedTo");
    assertFields(
        Api.patch(ACTIONS + "/" + id, owner, "{\"status\":true,\"assignedTo\":5}"),
        "assignedTo",
        "status");
    assertEquals(List.of(id), listed(owner, "?status=pending&pageSize=200", "patch me " + M));
  }

  @Test
  void anActionOfAnInvisibleConversationOrAnUnknownIdIsNotFound() {
    String id = create(owner, visible, "mine " + M);
    assertProblem(
        Api.patch(ACTIONS + "/" + id, stranger, "{\"status\":\"completed\"}"),
        404,
        "/problems/not-found");
    assertProblem(
        Api.patch(ACTIONS + "/" + UUID.randomUUID(), admin, "{\"status\":\"completed\"}"),
        404,
        "/problems/not-found");
    assertProblem(
        Api.patch(ACTIONS + "/not-an-id", admin, "{\"status\":\"completed\"}"),
        404,
        "/problems/not-found");
  }

  // ---- roles ----

  @Test
  void customersGetForbidden() {
    String id = create(owner, visible, "cust " + M);
    assertProblem(Api.get(ACTIONS, cust), 403, "/problems/forbidden");
    assertProblem(Api.post(ACTIONS, cust, createBody(visible, "x")), 403, "/problems/forbidden");
    assertProblem(
        Api.patch(ACTIONS + "/" + id, cust, "{\"status\":\"completed\"}"),
        403,
        "/problems/forbidden");
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpoints() {
    JsonObject paths = UserIT.openApiPaths();
    JsonObject list = paths.getJsonObject(ACTIONS);
    assertEquals("listManualActions", list.getJsonObject("get").getString("operationId"));
    assertTrue(
        list.getJsonObject("get").getString("description").contains("decisions.md"),
        "says why data is {data, meta}");
    assertEquals("createManualAction", list.getJsonObject("post").getString("operationId"));
    assertEquals(
        "updateManualAction",
        paths
            .getJsonObject(ACTIONS + "/{actionId}")
            .getJsonObject("patch")
            .getString("operationId"));
  }

  // ---- routing ----

  @Test
  void theLiteralPathIsNeverTakenForAConversationId() {
    JsonObject page = ok(Api.get(ACTIONS, owner));
    assertTrue(
        page.containsKey("data") && page.containsKey("meta"),
        "the action list, not a conversation");

    // PATCH /conversations/{id} would star a conversation: here the id names an action, so 404
    String conversationId = visible.toString();
    Api.Response asAction =
        Api.patch(ACTIONS + "/" + conversationId, owner, "{\"status\":\"completed\"}");
    assertProblem(asAction, 404, "/problems/not-found");
    assertTrue(asAction.json().getString("detail").contains("Manual action"), asAction::toString);

    // DELETE /conversations/{id} exists; DELETE /conversations/manual-actions does not
    assertProblem(Api.delete(ACTIONS, admin), 405, "/problems/method-not-allowed");

    // and the conversation routes still work beside it
    assertEquals(200, Api.get("/api/v1/conversations/" + visible, owner).status());
    JsonArray search = ok(Api.get("/api/v1/conversations?pageSize=1", owner)).getJsonArray("data");
    assertEquals(1, search.size());
  }
}
