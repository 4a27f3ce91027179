package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spec 4.2 and 7.1 (finding users) and user administration, over HTTP: filters, ranking, validation
 * naming each field, roles, deactivation taking effect.
 *
 * <p>The test server runs with {@code chat.users.cache-seconds=1}, so a deactivation written
 * straight into the database (as by another node) takes effect within about a second.
 */
class UserIT {
  private static final String M = Seed.marker();

  /** Marks only the four seeded directory users, so that listings see exactly them. */
  private static final String L = Seed.marker();

  private static final String USERS = "/api/v1/users";
  private static String admin;
  private static String user;
  private static String cust;
  private static UUID adminId;
  private static UUID anna;
  private static UUID bert;
  private static UUID clara;
  private static UUID dormant;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      anna = seed.user("anna-" + L, "Anna " + L + " Admin", "ADMIN");
      bert = seed.user("bert-" + L, "bert " + L + " User", "USER");
      clara = seed.user("clara-" + L, "Clara " + L + " Customer", "CUST");
      dormant = seed.user("dormant-" + L, "Dormant " + L, "USER");
      seed.deactivate(dormant);
    }
    admin = Tokens.token("uadmin-" + M, "ADMIN");
    user = Tokens.token("uuser-" + M, "USER");
    cust = Tokens.token("ucust-" + M, "CUST");
    adminId = idOf(Api.get(USERS + "?search=uadmin-" + M, admin));
  }

  private static UUID idOf(Api.Response response) {
    JsonArray data = okArray(response);
    assertEquals(1, data.size(), response::toString);
    return UUID.fromString(data.getJsonObject(0).getString("id"));
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonArray okArray(Api.Response response) {
    assertEquals(200, response.status(), response::toString);
    assertEquals(true, response.json().getBoolean("success"));
    return response.json().getJsonArray("data");
  }

  private static JsonObject ok(Api.Response response, int status) {
    assertEquals(status, response.status(), response::toString);
    assertEquals(true, response.json().getBoolean("success"));
    return response.data();
  }

  private static List<String> names(Api.Response response) {
    return okArray(response).stream().map(v -> v.asJsonObject().getString("name")).toList();
  }

  private static void assertProblem(Api.Response response, int status, String type) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(
        response.contentType().startsWith("application/problem+json"), response.contentType());
    assertEquals(type, response.json().getString("type"), response::toString);
    assertEquals(false, response.json().getBoolean("success"));
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

  private static String newUser(String username) {
    return "{\"username\":\"" + username + "\",\"name\":\"New " + M + "\",\"roles\":[\"USER\"]}";
  }

  private static UUID create(String body) {
    return UUID.fromString(ok(Api.post(USERS, admin, body), 201).getString("id"));
  }

  // ---- GET /users (spec 7.1) ----

  @Test
  void listsActiveUsersByNameWithTheirRoles() {
    Api.Response response = Api.get(USERS + "?search=" + L, user);
    assertEquals(
        List.of("Anna " + L + " Admin", "bert " + L + " User", "Clara " + L + " Customer"),
        names(response),
        "by name ignoring case; the deactivated user is left out");
    JsonObject first = okArray(response).getJsonObject(0);
    assertEquals(anna.toString(), first.getString("id"));
    assertEquals("anna-" + L, first.getString("username"));
    assertEquals("anna-" + L + "@it.example", first.getString("email"));
    assertEquals(1, first.getJsonArray("roles").size());
    assertEquals("ADMIN", first.getJsonArray("roles").getString(0));
    assertTrue(first.getBoolean("active"));
    assertFalse(first.containsKey("avatar"), "absent optional fields are omitted");
  }

  @Test
  void filtersByRoleIgnoringCase() {
    assertEquals(
        List.of("Clara " + L + " Customer"),
        names(Api.get(USERS + "?role=CUST&search=" + L, user)));
    assertEquals(
        List.of("Anna " + L + " Admin"), names(Api.get(USERS + "?role=admin&search=" + L, admin)));
  }

  @Test
  void searchMatchesNameUsernameAndEmailWithLikeCharactersLiteral() {
    assertEquals(
        List.of("bert " + L + " User"), names(Api.get(USERS + "?search=" + q("BERT-" + L), user)));
    assertEquals(
        List.of("Clara " + L + " Customer"),
        names(Api.get(USERS + "?search=" + q("clara-" + L + "@IT.example"), user)));
    assertEquals(List.of(), names(Api.get(USERS + "?search=" + q(L + "%"), user)));
    assertEquals(List.of(), names(Api.get(USERS + "?search=" + q("anna_" + L), user)));
  }

  @Test
  void excludeTakesRepeatedAndCommaSeparatedIds() {
    assertEquals(
        List.of("Clara " + L + " Customer"),
        names(Api.get(USERS + "?search=" + L + "&exclude=" + anna + "&exclude=" + bert, user)));
    assertEquals(
        List.of("bert " + L + " User"),
        names(Api.get(USERS + "?search=" + L + "&exclude=" + anna + "," + clara, user)));
    assertEquals(
        List.of(),
        names(
            Api.get(
                USERS + "?search=" + L + "&exclude=" + anna + "," + bert + "&exclude=" + clara,
                user)));
  }

  @Test
  void onlyAdministratorsListDeactivatedUsers() {
    List<String> all = names(Api.get(USERS + "?includeInactive=true&search=" + L, admin));
    assertTrue(all.contains("Dormant " + L), all::toString);
    JsonObject dormantUser =
        okArray(Api.get(USERS + "?includeInactive=true&search=dormant-" + L, admin))
            .getJsonObject(0);
    assertFalse(dormantUser.getBoolean("active"));
    assertProblem(Api.get(USERS + "?includeInactive=true", user), 403, "/problems/forbidden");
  }

  @Test
  void badQueryValuesAreNamedAllAtOnce() {
    assertFields(
        Api.get(
            USERS + "?role=ROOT&includeInactive=maybe&exclude=not-a-uuid&search=" + "x".repeat(201),
            admin),
        "exclude",
        "includeInactive",
        "role",
        "search");
  }

  // ---- GET /users/search (spec 4.2) ----

  @Test
  void searchRanksPrefixesFirst() throws Exception {
    String tag = "rk" + M.substring(2, 8);
    try (Seed seed = new Seed()) {
      seed.user("zz-" + tag + "-inside", "Zed In" + tag + "side", "USER"); // inside a word
      seed.user("word-" + M, "Mia " + tag + "son", "USER"); // a word of the name starts with it
      seed.user(tag + "-user", "Yusuf Username", "USER"); // the username starts with it
      seed.user("nm-" + M, tag + " Name First", "USER"); // the name starts with it
    }
    JsonArray data = okArray(Api.get(USERS + "/search?q=" + tag.toUpperCase(), user));
    assertEquals(
        List.of("Name First", "Yusuf Username", "Mia " + tag + "son", "Zed In" + tag + "side"),
        data.stream()
            .map(v -> v.asJsonObject().getString("name"))
            .map(n -> n.startsWith(tag + " ") ? n.substring(tag.length() + 1) : n)
            .toList());
    JsonObject hit = data.getJsonObject(1);
    assertEquals(tag + "-user", hit.getString("username"));
    assertEquals(tag + "-user@it.example", hit.getString("email"));
    assertFalse(hit.containsKey("roles"), "spec 4.2 shape: id, name, username, avatar?, email?");
  }

  @Test
  void searchFiltersByRoleAndSkipsDeactivatedUsers() {
    assertEquals(
        List.of("Clara " + L + " Customer"),
        names(Api.get(USERS + "/search?q=" + L + "&role=CUST", user)));
    assertFalse(names(Api.get(USERS + "/search?q=" + L, admin)).contains("Dormant " + L));
  }

  @Test
  void searchNeedsQOfOneToAHundredCharacters() {
    assertFields(Api.get(USERS + "/search", user), "q");
    assertFields(Api.get(USERS + "/search?q=%20", user), "q");
    assertFields(
        Api.get(USERS + "/search?q=" + "x".repeat(101) + "&role=nobody", user), "q", "role");
  }

  // ---- roles ----

  @Test
  void customersGetForbiddenEverywhere() {
    assertProblem(Api.get(USERS, cust), 403, "/problems/forbidden");
    assertProblem(Api.get(USERS + "/search?q=a", cust), 403, "/problems/forbidden");
    assertProblem(Api.post(USERS, cust, newUser("cust-made-" + M)), 403, "/problems/forbidden");
    assertProblem(
        Api.patch(USERS + "/" + bert, cust, "{\"name\":\"x\"}"), 403, "/problems/forbidden");
  }

  @Test
  void usersMayLookButNotManage() {
    okArray(Api.get(USERS + "?search=" + M, user));
    assertProblem(Api.post(USERS, user, newUser("user-made-" + M)), 403, "/problems/forbidden");
    assertProblem(
        Api.patch(USERS + "/" + bert, user, "{\"active\":false}"), 403, "/problems/forbidden");
    assertProblem(Api.post(USERS, user, "{\"bad\":1}"), 403, "/problems/forbidden");
  }

  @Test
  void withoutATokenIs401() {
    assertProblem(Api.get(USERS, null), 401, "/problems/unauthorized");
  }

  // ---- POST /users ----

  @Test
  void anAdministratorCreatesAUserWhoThenSignsInWithTheirSubject() {
    String username = "erin." + M;
    JsonObject created =
        ok(
            Api.post(
                USERS,
                admin,
                "{\"username\":\""
                    + username
                    + "\",\"name\":\"Erin "
                    + M
                    + "\",\"email\":\"Erin."
                    + M
                    + "@Example.com\",\"avatar\":\"https://cdn.example.com/erin.png\",\"roles\":[\"USER\",\"ADMIN\"]}"),
            201);
    assertEquals(username, created.getString("username"));
    assertEquals("Erin " + M, created.getString("name"));
    assertEquals("erin." + M + "@example.com", created.getString("email"));
    assertEquals("https://cdn.example.com/erin.png", created.getString("avatar"));
    assertEquals(2, created.getJsonArray("roles").size());
    assertTrue(created.getBoolean("active"));

    String erin = Tokens.token(username, "USER");
    assertEquals(200, Api.get("/api/v1/conversations", erin).status());
    assertEquals(
        created.getString("id"),
        idOf(Api.get(USERS + "?search=" + q(username), erin)).toString(),
        "the token's sub (the username) signs in as the created user");
  }

  @Test
  void aUuidSubjectIsTheNewUsersId() {
    UUID subject = UUID.randomUUID();
    JsonObject created =
        ok(
            Api.post(
                USERS,
                admin,
                "{\"username\":\"uuid-"
                    + M
                    + "\",\"name\":\"Uuid\",\"roles\":[\"CUST\"],\"subject\":\""
                    + subject
                    + "\"}"),
            201);
    assertEquals(subject.toString(), created.getString("id"));
  }

  @Test
  void eachInvalidFieldIsNamed() {
    assertFields(
        Api.post(USERS, admin, "{\"username\":\"has space\",\"name\":\"X\",\"roles\":[\"USER\"]}"),
        "username");
    assertFields(
        Api.post(
            USERS,
            admin,
            "{\"username\":\"" + "u".repeat(151) + "\",\"name\":\"X\",\"roles\":[\"USER\"]}"),
        "username");
    assertFields(
        Api.post(
            USERS, admin, "{\"username\":\"ok-" + M + "\",\"name\":\"  \",\"roles\":[\"USER\"]}"),
        "name");
    assertFields(
        Api.post(
            USERS,
            admin,
            "{\"username\":\"ok-"
                + M
                + "\",\"name\":\""
                + "n".repeat(201)
                + "\",\"roles\":[\"USER\"]}"),
        "name");
    assertFields(
        Api.post(
            USERS,
            admin,
            "{\"username\":\"ok-"
                + M
                + "\",\"name\":\"X\",\"email\":\"nope\",\"roles\":[\"USER\"]}"),
        "email");
    assertFields(
        Api.post(
            USERS,
            admin,
            "{\"username\":\"ok-"
                + M
                + "\",\"name\":\"X\",\"avatar\":\"javascript:alert(1)\",\"roles\":[\"USER\"]}"),
        "avatar");
    assertFields(
        Api.post(USERS, admin, "{\"username\":\"ok-" + M + "\",\"name\":\"X\",\"roles\":[]}"),
        "roles");
    assertFields(
        Api.post(
            USERS, admin, "{\"username\":\"ok-" + M + "\",\"name\":\"X\",\"roles\":[\"ROOT\"]}"),
        "roles");
    assertFields(
        Api.post(USERS, admin, "{\"username\":\"ok-" + M + "\",\"name\":\"X\",\"roles\":\"USER\"}"),
        "roles");
    assertFields(
        Api.post(
            USERS,
            admin,
            "{\"username\":\"ok-"
                + M
                + "\",\"name\":\"X\",\"roles\":[\"USER\"],\"subject\":\" \"}"),
        "subject");
    assertFields(
        Api.post(
            USERS,
            admin,
            "{\"username\":\"ok-"
                + M
                + "\",\"name\":\"X\",\"roles\":[\"USER\"],\"id\":\""
                + UUID.randomUUID()
                + "\"}"),
        "id");
    assertFields(Api.post(USERS, admin, "{}"), "name", "roles", "username");
    assertFields(
        Api.post(USERS, admin, "{\"username\":5,\"name\":true,\"roles\":[\"USER\"]}"),
        "name",
        "username");
    assertProblem(Api.post(USERS, admin, "[1]"), 400, "/problems/malformed-json");
    assertEquals(0, names(Api.get(USERS + "?search=ok-" + M, admin)).size(), "nothing was created");
  }

  @Test
  void nullOptionalFieldsCountAsAbsent() {
    JsonObject created =
        ok(
            Api.post(
                USERS,
                admin,
                "{\"username\":\"nulls-"
                    + M
                    + "\",\"name\":\"Nulls\",\"roles\":[\"USER\"],\"email\":null,\"avatar\":null,\"subject\":null}"),
            201);
    assertFalse(created.containsKey("email"));
  }

  @Test
  void aTakenUsernameIsAConflict() {
    create(newUser("taken-" + M));
    assertProblem(Api.post(USERS, admin, newUser("taken-" + M)), 409, "/problems/username-taken");
    assertProblem(
        Api.post(
            USERS,
            admin,
            "{\"username\":\"other-"
                + M
                + "\",\"name\":\"X\",\"roles\":[\"USER\"],\"subject\":\"taken-"
                + M
                + "\"}"),
        409,
        "/problems/subject-taken");
  }

  // ---- PATCH /users/{id} ----

  @Test
  void anAdministratorChangesNameAvatarAndDirectoryRoles() {
    UUID id = create(newUser("patch-" + M));
    JsonObject patched =
        ok(
            Api.patch(
                USERS + "/" + id,
                admin,
                "{\"name\":\" Patched "
                    + M
                    + " \",\"avatar\":\"https://x.example/p.png\",\"roles\":[\"ADMIN\",\"CUST\"]}"),
            200);
    assertEquals("Patched " + M, patched.getString("name"));
    assertEquals("https://x.example/p.png", patched.getString("avatar"));
    assertEquals(2, patched.getJsonArray("roles").size());
    JsonObject cleared = ok(Api.patch(USERS + "/" + id, admin, "{\"avatar\":null}"), 200);
    assertFalse(cleared.containsKey("avatar"));
    assertEquals("Patched " + M, cleared.getString("name"), "absent fields stay");
  }

  @Test
  void readOnlyAndUnknownFieldsAreNamedAndNothingIsWritten() {
    UUID id = create(newUser("ro-" + M));
    assertFields(
        Api.patch(
            USERS + "/" + id,
            admin,
            "{\"id\":\"x\",\"username\":\"y\",\"subject\":\"z\",\"email\":\"a@b.example\",\"color\":1,\"name\":\"Changed\"}"),
        "color",
        "email",
        "id",
        "subject",
        "username");
    assertFields(
        Api.patch(
            USERS + "/" + id,
            admin,
            "{\"name\":5,\"active\":\"no\",\"roles\":[\"ROOT\"],\"avatar\":\"ftp://x\"}"),
        "active",
        "name");
    assertFields(
        Api.patch(
            USERS + "/" + id, admin, "{\"name\":\"\",\"roles\":[\"ROOT\"],\"avatar\":\"ftp://x\"}"),
        "avatar",
        "name",
        "roles");
    JsonObject stored = okArray(Api.get(USERS + "?search=ro-" + M, admin)).getJsonObject(0);
    assertEquals("New " + M, stored.getString("name"));
  }

  @Test
  void anUnknownOrMalformedIdIsNotFound() {
    assertProblem(
        Api.patch(USERS + "/" + UUID.randomUUID(), admin, "{\"name\":\"x\"}"),
        404,
        "/problems/not-found");
    assertProblem(
        Api.patch(USERS + "/not-an-id", admin, "{\"name\":\"x\"}"), 404, "/problems/not-found");
  }

  @Test
  void anAdministratorCannotDeactivateThemselves() {
    assertProblem(
        Api.patch(USERS + "/" + adminId, admin, "{\"active\":false}"),
        409,
        "/problems/self-deactivation");
    assertEquals(200, Api.get(USERS + "?search=uadmin-" + M, admin).status());
  }

  @Test
  void deactivationBlocksTheUsersTokensAtOnceAndReactivationRestoresThem() {
    String subject = "blocked-" + M;
    String token = Tokens.token(subject, "USER");
    assertEquals(200, Api.get("/api/v1/conversations", token).status());
    UUID id = idOf(Api.get(USERS + "?search=" + subject, admin));

    JsonObject off = ok(Api.patch(USERS + "/" + id, admin, "{\"active\":false}"), 200);
    assertFalse(off.getBoolean("active"));
    Api.Response refused = Api.get("/api/v1/conversations", token);
    assertProblem(refused, 403, "/problems/forbidden");
    assertTrue(refused.json().getString("detail").contains("deactivated"), refused::toString);
    assertProblem(Api.get(USERS, token), 403, "/problems/forbidden");
    assertEquals(
        List.of(),
        names(Api.get(USERS + "?search=" + subject, admin)),
        "left out of the directory");
    assertFields(
        Api.post(
            "/api/v1/contacts",
            admin,
            "{\"fullName\":\"Owned "
                + M
                + "\",\"phone\":\"+14155550871\",\"ownerId\":\""
                + id
                + "\"}"),
        "ownerId");

    assertTrue(
        ok(Api.patch(USERS + "/" + id, admin, "{\"active\":true}"), 200).getBoolean("active"));
    assertEquals(200, Api.get("/api/v1/conversations", token).status());
  }

  @Test
  void aDeactivationMadeElsewhereTakesEffectWithinTheCacheTime() throws Exception {
    String subject = "elsewhere-" + M;
    String token = Tokens.token(subject, "USER");
    assertEquals(200, Api.get("/api/v1/conversations", token).status());
    UUID id = idOf(Api.get(USERS + "?search=" + subject, admin));
    try (Seed seed = new Seed()) {
      seed.deactivate(id); // as another node would: this node's cache does not know
    }
    assertEventually(
        () -> Api.get("/api/v1/conversations", token).status() == 403,
        "refused within chat.users.cache-seconds (1 s on the test server)");
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpoints() {
    JsonObject paths = openApiPaths();
    assertTrue(paths.getJsonObject("/api/v1/users").keySet().containsAll(List.of("get", "post")));
    assertTrue(paths.getJsonObject("/api/v1/users/search").containsKey("get"));
    JsonObject patch = paths.getJsonObject("/api/v1/users/{userId}").getJsonObject("patch");
    assertEquals("updateUser", patch.getString("operationId"));
    assertTrue(patch.getString("description").contains("directory's copy"), patch::toString);
    assertEquals(
        "#/components/responses/Conflict",
        patch.getJsonObject("responses").getJsonObject("409").getString("$ref"));
    assertEquals(
        "listUsers",
        paths.getJsonObject("/api/v1/users").getJsonObject("get").getString("operationId"));
    assertEquals(
        "searchUsers",
        paths.getJsonObject("/api/v1/users/search").getJsonObject("get").getString("operationId"));
  }

  static JsonObject openApiPaths() {
    Api.Response response =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET().build());
    assertEquals(200, response.status(), response::toString);
    return response.json().getJsonObject("paths");
  }

  private static void assertEventually(Supplier<Boolean> condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not within 10 s: " + what);
  }
}
