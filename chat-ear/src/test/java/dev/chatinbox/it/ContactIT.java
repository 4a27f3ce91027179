package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec 3.1–3.8: the contact of a conversation, over HTTP. */
class ContactIT {
  private static final String M = Seed.marker();
  private static String owner;
  private static String stranger;
  private static UUID ownerId;
  private static UUID colleague;
  private static UUID inactive;
  private static UUID sms;
  private static UUID mail;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      ownerId = seed.user("cowner-" + M, "Contact Owner " + M, "USER");
      colleague = seed.user("colleague-" + M, "Colleague " + M, "USER");
      inactive = seed.user("gone-" + M, "Gone " + M, "USER");
      seed.deactivate(inactive);
      UUID contact =
          seed.contact(
              "Contact Person " + M, "+14155550333", "person." + M + "@example.com", ownerId);
      sms = seed.conversation(contact, "SMS", 0, false, Instant.now());
      mail = seed.conversation(contact, "Email", 0, false, Instant.now());
    }
    owner = Tokens.token("cowner-" + M, "USER");
    stranger = Tokens.token("cstranger-" + M, "USER");
  }

  private static String path(UUID conversation, String rest) {
    return "/api/v1/conversations/" + conversation + "/contact" + rest;
  }

  private static JsonObject ok(Api.Response response) {
    assertEquals(200, response.status(), response::toString);
    assertEquals(true, response.json().getBoolean("success"));
    return response.data();
  }

  private static void assertFields(Api.Response response, String... fields) {
    assertEquals(400, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"));
    assertEquals("/problems/validation", response.json().getString("type"));
    assertEquals(
        List.of(fields),
        response.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .sorted()
            .toList());
  }

  private static List<String> strings(JsonObject details, String array, String field) {
    return details.getJsonArray(array).stream()
        .map(v -> v.asJsonObject().getString(field))
        .toList();
  }

  @Test
  void getDetails() {
    JsonObject details = ok(Api.get(path(sms, ""), owner));
    assertEquals("+14155550333", details.getString("phone"));
    assertEquals("person." + M + "@example.com", details.getString("email"));
    assertEquals(ownerId.toString(), details.getJsonObject("owner").getString("id"));
    assertEquals(false, details.getBoolean("dnd"));
  }

  @Test
  void addEmailAndPhoneKeepExactlyOnePrimaryMirroredByTheFlatField() throws Exception {
    UUID sms;
    UUID mail;
    try (Seed seed = new Seed()) {
      UUID contact =
          seed.contact(
              "Address Person " + M,
              "+14155550335",
              "address.person." + M + "@example.com",
              ownerId);
      sms = seed.conversation(contact, "SMS", 0, false, Instant.now());
      mail = seed.conversation(contact, "Email", 0, false, Instant.now());
    }
    JsonObject added =
        ok(Api.post(path(sms, "/emails"), owner, "{\"email\":\"Second." + M + "@Example.com\"}"));
    assertEquals(
        "address.person." + M + "@example.com",
        added.getString("email"),
        "not primary: the flat field stays");
    JsonObject primary =
        ok(
            Api.post(
                path(sms, "/emails"),
                owner,
                "{\"email\":\"third." + M + "@example.com\",\"isPrimary\":true}"));
    assertEquals("third." + M + "@example.com", primary.getString("email"));
    assertEquals(
        1,
        primary.getJsonArray("emails").stream()
            .filter(e -> e.asJsonObject().getBoolean("isPrimary"))
            .count());
    assertTrue(
        strings(primary, "emails", "email").contains("second." + M + "@example.com"),
        "stored lower-cased");
    JsonObject again =
        ok(Api.post(path(sms, "/emails"), owner, "{\"email\":\"third." + M + "@example.com\"}"));
    assertEquals(
        3, again.getJsonArray("emails").size(), "adding an existing email does not duplicate it");

    JsonObject phone =
        ok(
            Api.post(
                path(sms, "/phones"),
                owner,
                "{\"phone\":\"+1 (415) 555-0444\",\"isPrimary\":true}"));
    assertEquals("+14155550444", phone.getString("phone"));
    assertEquals(
        1,
        phone.getJsonArray("phones").stream()
            .filter(e -> e.asJsonObject().getBoolean("isPrimary"))
            .count());
    assertEquals(
        "+14155550444",
        ok(Api.get(path(mail, ""), owner)).getString("phone"),
        "the contact is shared by its conversations");
  }

  @Test
  void badAddressesAre400NamingTheField() {
    assertFields(Api.post(path(sms, "/emails"), owner, "{\"email\":\"not-an-email\"}"), "email");
    assertFields(Api.post(path(sms, "/emails"), owner, "{}"), "email");
    assertFields(Api.post(path(sms, "/phones"), owner, "{\"phone\":\"12345\"}"), "phone");
    assertFields(Api.post(path(sms, "/tags"), owner, "{\"tag\":\"   \"}"), "tag");
    assertFields(
        Api.post(path(sms, "/tags"), owner, "{\"tag\":\"" + "x".repeat(51) + "\"}"), "tag");
    assertFields(Api.post(path(sms, "/followers"), owner, "{\"userId\":\"nope\"}"), "userId");
    assertFields(
        Api.post(path(sms, "/followers"), owner, "{\"userId\":\"" + UUID.randomUUID() + "\"}"),
        "userId");
    assertFields(
        Api.post(path(sms, "/followers"), owner, "{\"userId\":\"" + inactive + "\"}"), "userId");
    Api.Response unknown = Api.post(path(sms, "/tags"), owner, "{\"tag\":\"ok\",\"admin\":true}");
    assertEquals(400, unknown.status(), unknown::toString);
  }

  @Test
  void tagsAreTrimmedCaseInsensitiveUniqueAndRemovable() {
    ok(Api.post(path(sms, "/tags"), owner, "{\"tag\":\"  Hot Lead  \"}"));
    JsonObject twice = ok(Api.post(path(sms, "/tags"), owner, "{\"tag\":\"hot lead\"}"));
    assertEquals(
        1,
        twice.getJsonArray("tags").stream()
            .filter(t -> t.toString().toLowerCase().contains("hot lead"))
            .count());
    assertTrue(
        twice.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(t -> t.getString().equals("Hot Lead")));
    JsonObject removed = ok(Api.delete(path(sms, "/tags/HOT%20LEAD"), owner));
    assertTrue(
        removed.getJsonArray("tags").stream().noneMatch(t -> t.toString().contains("Hot Lead")));
    ok(Api.delete(path(sms, "/tags/never-there"), owner));
  }

  @Test
  void followersMustBeUsersAndAddRemoveIsIdempotent() {
    JsonObject followed =
        ok(Api.post(path(sms, "/followers"), owner, "{\"userId\":\"" + colleague + "\"}"));
    assertEquals(List.of(colleague.toString()), strings(followed, "followers", "id"));
    assertEquals(
        List.of(colleague.toString()),
        strings(
            ok(Api.post(path(sms, "/followers"), owner, "{\"userId\":\"" + colleague + "\"}")),
            "followers",
            "id"));
    String colleagueToken = Tokens.token("colleague-" + M, "USER");
    assertEquals(
        200,
        Api.get("/api/v1/conversations/" + sms, colleagueToken).status(),
        "a follower sees the conversation");
    assertEquals(
        List.of(),
        strings(ok(Api.delete(path(sms, "/followers/" + colleague), owner)), "followers", "id"));
    assertEquals(
        List.of(),
        strings(ok(Api.delete(path(sms, "/followers/" + colleague), owner)), "followers", "id"));
    assertEquals(
        404, Api.get("/api/v1/conversations/" + sms, colleagueToken).status(), "no longer visible");
  }

  @Test
  void patchChangesOnlyThePresentFieldsAndRejectsEverythingElse() {
    JsonObject patched =
        ok(
            Api.patch(
                path(sms, ""),
                owner,
                "{\"dnd\":true,\"tags\":[\"a\",\"B\",\"b\"],\"followers\":[\""
                    + colleague
                    + "\"]}"));
    assertEquals(true, patched.getBoolean("dnd"));
    assertEquals(false, patched.getBoolean("dndAll"));
    assertEquals(
        Set.of("a", "B"),
        patched.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(s -> s.getString())
            .collect(Collectors.toSet()));
    assertEquals(false, ok(Api.get(path(mail, ""), owner)).getBoolean("dnd"), "dnd is per channel");
    JsonObject all = ok(Api.patch(path(mail, ""), owner, "{\"dndAll\":true}"));
    assertEquals(true, all.getBoolean("dndAll"));
    ok(
        Api.patch(
            path(mail, ""),
            owner,
            "{\"dndAll\":false,\"dnd\":false,\"tags\":[],\"followers\":[]}"));

    assertFields(
        Api.patch(
            path(sms, ""), owner, "{\"dnd\":\"yes\",\"ownerId\":\"x\",\"id\":1,\"fullName\":5}"),
        "dnd",
        "fullName",
        "id",
        "ownerId");
    assertFields(
        Api.patch(path(sms, ""), owner, "{\"followers\":[\"" + UUID.randomUUID() + "\"]}"),
        "followers");
    assertFields(
        Api.patch(path(sms, ""), owner, "{\"email\":\"bad\",\"phone\":\"+1\"}"), "email", "phone");
    assertFields(Api.patch(path(sms, ""), owner, "{\"tags\":[\"ok\", 5]}"), "tags");
    assertEquals(
        ownerId.toString(),
        ok(Api.get(path(sms, ""), owner)).getJsonObject("owner").getString("id"),
        "nothing half-written");
  }

  @Test
  void ownerCanBeReassignedAndCleared() {
    UUID contactConversation;
    try (Seed seed = new Seed()) {
      UUID contact = seed.contact("Owned Then Not " + M, "+14155550334", null, ownerId);
      contactConversation = seed.conversation(contact, "SMS", 0, false, Instant.now());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    JsonObject reassigned =
        ok(Api.patch(path(contactConversation, ""), owner, "{\"ownerId\":\"" + colleague + "\"}"));
    assertEquals(colleague.toString(), reassigned.getJsonObject("owner").getString("id"));
    assertEquals(
        404,
        Api.get(path(contactConversation, ""), owner).status(),
        "the former owner no longer sees it");
    String colleagueToken = Tokens.token("colleague-" + M, "USER");
    JsonObject cleared =
        ok(Api.patch(path(contactConversation, ""), colleagueToken, "{\"ownerId\":null}"));
    assertTrue(!cleared.containsKey("owner"), "no owner");
    assertEquals(
        200,
        Api.get(path(contactConversation, ""), stranger).status(),
        "unowned: visible to every user");
    // give it an owner again: other test classes count what their users see
    ok(Api.patch(path(contactConversation, ""), stranger, "{\"ownerId\":\"" + colleague + "\"}"));
  }

  @Test
  void invisibleOrUnknownConversationsAre404() {
    assertEquals(404, Api.get(path(sms, ""), stranger).status());
    assertEquals(404, Api.post(path(sms, "/tags"), stranger, "{\"tag\":\"x\"}").status());
    assertEquals(404, Api.patch(path(sms, ""), stranger, "{\"dnd\":true}").status());
    assertEquals(404, Api.delete(path(sms, "/followers/" + colleague), stranger).status());
    assertEquals(404, Api.get(path(UUID.randomUUID(), ""), owner).status());
  }
}
