package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Cli;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.sdk.ChatApiException;
import dev.chatinbox.sdk.ChatClient;
import dev.chatinbox.sdk.model.CannedReply;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canned replies over HTTP (issue #18): CRUD, a personal reply seen by its owner only, shared ones
 * managed by administrators, short codes unique per scope, prefix search, unknown variables refused
 * at save, and rendering for a conversation the caller can see.
 */
class CannedRepliesIT {
  private static final String M = Seed.marker();
  private static final String BASE = "/api/v1/canned-replies";

  private static String alice;
  private static String bob;
  private static String admin;
  private static String cust;
  private static UUID bobsConversation;
  private static UUID othersConversation;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      seed.user("cr-alice-" + M, "Alice Agent " + M, "USER");
      UUID bobId = seed.user("cr-bob-" + M, "Bob Agent", "USER");
      UUID someone = seed.user("cr-someone-" + M, "Some One " + M, "USER");
      UUID contact = seed.contact("Maria Lopez Garcia", null, "maria." + M + "@example.com", bobId);
      bobsConversation = seed.conversation(contact, "Email", 0, false, Instant.now());
      UUID other =
          seed.contact("Hidden Person " + M, null, "hidden." + M + "@example.com", someone);
      othersConversation = seed.conversation(other, "Email", 0, false, Instant.now());
    }
    alice = Tokens.token("cr-alice-" + M, "USER");
    bob = Tokens.token("cr-bob-" + M, "USER");
    admin = Tokens.token("cr-admin-" + M, "ADMIN");
    cust = Tokens.token("cr-cust-" + M, "CUST");
  }

  private static String code(String name) {
    return name + M.substring(2, 8);
  }

  private static Api.Response create(String token, String shortCode, String body, boolean shared) {
    return Api.post(
        BASE,
        token,
        "{\"shortCode\":\""
            + shortCode
            + "\",\"title\":\"Title "
            + shortCode
            + "\",\"body\":\""
            + body
            + "\",\"shared\":"
            + shared
            + "}");
  }

  private static List<JsonObject> list(String token, String query) {
    return Api.get(BASE + query, token).data().getJsonArray("data").getValuesAs(JsonObject.class);
  }

  @Test
  void crudOfAPersonalReplyThatOnlyItsOwnerSees() {
    Api.Response made = create(alice, "/" + code("Thanks"), "Thank you!", false);
    assertEquals(201, made.status(), made::toString);
    JsonObject reply = made.data();
    String id = reply.getString("id");
    assertEquals(code("thanks"), reply.getString("shortCode"), "stored lower-case, without /");
    assertFalse(reply.getBoolean("shared"));
    assertEquals(200, Api.get(BASE + "/" + id, alice).status());
    for (String other : List.of(bob, admin)) {
      assertEquals(404, Api.get(BASE + "/" + id, other).status(), "personal: owner only");
      assertEquals(404, Api.patch(BASE + "/" + id, other, "{\"title\":\"x\"}").status());
      assertEquals(404, Api.delete(BASE + "/" + id, other).status());
      assertTrue(list(other, "?search=" + code("thanks")).isEmpty());
    }
    assertEquals(403, Api.get(BASE, cust).status());

    Api.Response changed =
        Api.patch(BASE + "/" + id, alice, "{\"title\":\"Thanks!\",\"body\":\"Thanks a lot\"}");
    assertEquals(200, changed.status(), changed::toString);
    assertEquals("Thanks!", changed.data().getString("title"));
    assertEquals("Thanks a lot", changed.data().getString("body"));
    assertEquals(
        400, Api.patch(BASE + "/" + id, alice, "{\"shared\":true}").status(), "scope is fixed");
    assertEquals(
        1,
        list(alice, "?search=" + code("THANKS").substring(0, 9)).size(),
        "prefix, case-insensitive");
    assertEquals(200, Api.delete(BASE + "/" + id, alice).status());
    assertEquals(404, Api.get(BASE + "/" + id, alice).status());
  }

  @Test
  void sharedRepliesAreSeenByAllAndManagedByAdministrators() {
    assertEquals(403, create(alice, code("hours"), "We open at 9", true).status());
    Api.Response shared = create(admin, code("hours"), "We open at 9", true);
    assertEquals(201, shared.status(), shared::toString);
    String id = shared.data().getString("id");
    assertTrue(shared.data().getBoolean("shared"));
    assertEquals(1, list(alice, "?search=" + code("hours")).size());
    assertEquals(1, list(bob, "?search=" + code("hours")).size());
    assertEquals(403, Api.patch(BASE + "/" + id, alice, "{\"title\":\"x\"}").status());
    assertEquals(403, Api.delete(BASE + "/" + id, alice).status());

    Api.Response again = create(admin, code("HOURS"), "Other", true);
    assertEquals(409, again.status(), again::toString);
    assertTrue(again.body().contains("short-code-taken"), again::toString);
    Api.Response personal = create(alice, code("hours"), "My own hours", false);
    assertEquals(201, personal.status(), "another scope may use the same code");
    List<JsonObject> mine = list(alice, "?search=" + code("hours"));
    assertEquals(2, mine.size());
    assertFalse(mine.get(0).getBoolean("shared"), "the personal one first");
    assertEquals(409, create(alice, code("hours"), "twice", false).status());
    assertEquals(200, Api.delete(BASE + "/" + id, admin).status());
  }

  @Test
  void unknownVariablesAreRefusedAtSave() {
    Api.Response refused =
        create(
            alice,
            code("bad"),
            "Hi {{contact.firstName}}, {{ order.id }} and {{agent.nam}}",
            false);
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.body().contains("order.id"), refused::toString);
    assertTrue(refused.body().contains("agent.nam"), refused::toString);
    assertTrue(list(alice, "?search=" + code("bad")).isEmpty(), "nothing saved");
    assertEquals(400, create(alice, "no spaces allowed", "x", false).status());
    assertEquals(400, Api.post(BASE, alice, "{\"shortCode\":\"" + code("t") + "\"}").status());
    Api.Response made = create(alice, code("ok"), "Hi", false);
    String id = made.data().getString("id");
    Api.Response patched = Api.patch(BASE + "/" + id, alice, "{\"body\":\"{{contact.email}}\"}");
    assertEquals(400, patched.status(), patched::toString);
    assertTrue(patched.body().contains("contact.email"));
    assertEquals("Hi", Api.get(BASE + "/" + id, alice).data().getString("body"));
  }

  @Test
  void theSdkAndTheCliWorkTheReplies(@TempDir Path config) throws Exception {
    ChatClient sdk = ChatClient.builder().baseUrl(Api.BASE).token(bob).build();
    CannedReply made =
        sdk.cannedReplies().create(code("sdk"), "Sdk", "Hi {{contact.firstName}}", false);
    assertFalse(made.shared());
    assertEquals(1, sdk.cannedReplies().list(code("sdk"), 1, 10).items().size());
    assertEquals("Hi Maria", sdk.cannedReplies().render(made.id(), bobsConversation.toString()));
    assertEquals("Sdk 2", sdk.cannedReplies().update(made.id(), null, "Sdk 2", null).title());
    sdk.cannedReplies().delete(made.id());
    ChatApiException gone =
        assertThrows(ChatApiException.class, () -> sdk.cannedReplies().get(made.id()));
    assertEquals(404, gone.status());

    assertEquals(0, Cli.run(config, "config", "set", "--server", Api.BASE, "--token", bob).code());
    Cli.Result added =
        Cli.run(config, "replies", "add", code("cli"), "Cli", "Bye {{contact.fullName}}", "--json");
    assertEquals(0, added.code(), added::toString);
    String id = added.json().get("id").asText();
    Cli.Result listed = Cli.run(config, "replies", "list", "--search", code("cli"), "--json");
    assertEquals(0, listed.code(), listed::toString);
    assertEquals(code("cli"), listed.json().get("data").get(0).get("shortCode").asText());
    Cli.Result rendered =
        Cli.run(config, "replies", "render", id, bobsConversation.toString(), "--json");
    assertEquals(0, rendered.code(), rendered::toString);
    assertEquals("Bye Maria Lopez Garcia", rendered.json().get("body").asText());
    assertEquals(5, Cli.run(config, "replies", "render", id, othersConversation.toString()).code());
    assertEquals(0, Cli.run(config, "replies", "rm", id).code());
  }

  @Test
  void renderFillsTheVariablesForAConversationTheCallerCanSee() {
    Api.Response made =
        create(
            bob,
            code("greet"),
            "Hi {{contact.firstName}} ({{ contact.fullName }}), {{agent.name}} here.",
            false);
    assertEquals(201, made.status(), made::toString);
    String id = made.data().getString("id");
    Api.Response rendered =
        Api.post(BASE + "/" + id + "/render?conversationId=" + bobsConversation, bob, "");
    assertEquals(200, rendered.status(), rendered::toString);
    assertEquals(
        // agent.name: the caller's name (the test tokens name a user by their upper-cased subject)
        "Hi Maria (Maria Lopez Garcia), " + ("cr-bob-" + M).toUpperCase() + " here.",
        rendered.data().getString("body"));
    assertEquals(
        404,
        Api.post(BASE + "/" + id + "/render?conversationId=" + othersConversation, bob, "")
            .status(),
        "a conversation the caller cannot see");
    assertEquals(
        404,
        Api.post(BASE + "/" + id + "/render?conversationId=" + bobsConversation, alice, "")
            .status(),
        "someone else's personal reply");
    assertEquals(400, Api.post(BASE + "/" + id + "/render", bob, "").status());
  }
}
