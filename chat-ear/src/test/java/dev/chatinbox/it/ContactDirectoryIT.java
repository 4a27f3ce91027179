package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST/GET /contacts and POST /conversations: what a UI needs to start a conversation. */
class ContactDirectoryIT {
  private static final String M = Seed.marker();
  private static String user;
  private static UUID userId;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      userId = seed.user("dir-" + M, "Directory User " + M, "USER");
    }
    user = Tokens.token("dir-" + M, "USER");
  }

  private static String body(String name, String phone, String email) {
    return "{\"fullName\":\""
        + name
        + "\",\"ownerId\":\""
        + userId
        + "\""
        + (phone == null ? "" : ",\"phone\":\"" + phone + "\"")
        + (email == null ? "" : ",\"email\":\"" + email + "\"")
        + "}";
  }

  private static String unique(String digits) {
    // a valid NANP number: exchange 200..999 (a leading 0 or 1 is not a real exchange)
    return "+1202" + (200 + Math.abs(M.hashCode() % 800)) + digits;
  }

  @Test
  void createFindAndOpenConversations() {
    String phone = unique("0101");
    Api.Response created =
        Api.post(
            "/api/v1/contacts", user, body("Nina Novak " + M, phone, "nina." + M + "@example.com"));
    assertEquals(201, created.status(), created::toString);
    JsonObject contact = created.data();
    assertEquals("Nina Novak " + M, contact.getString("fullName"));
    assertEquals(phone, contact.getString("phone"));
    assertEquals("dir-" + M, contact.getJsonObject("owner").getString("username"));
    String contactId = contact.getString("id");

    Api.Response found = Api.get("/api/v1/contacts?search=" + "novak%20" + M, user);
    assertEquals(200, found.status());
    assertEquals(
        List.of(contactId),
        found.data().getJsonArray("data").stream()
            .map(v -> v.asJsonObject().getString("id"))
            .toList());
    assertEquals(1, found.data().getJsonObject("meta").getInt("total"));

    Api.Response opened =
        Api.post(
            "/api/v1/conversations",
            user,
            "{\"contactId\":\"" + contactId + "\",\"channel\":\"WhatsApp\"}");
    assertEquals(201, opened.status(), opened::toString);
    assertEquals("WhatsApp", opened.data().getString("channel"));
    assertEquals(0, opened.data().getInt("unreadCount"));
    Api.Response again =
        Api.post(
            "/api/v1/conversations",
            user,
            "{\"contactId\":\"" + contactId + "\",\"channel\":\"whatsapp\"}");
    assertEquals(200, again.status(), "the existing one");
    assertEquals(opened.data().getString("id"), again.data().getString("id"));
    Api.Response listed = Api.get("/api/v1/conversations?search=novak%20" + M, user);
    assertEquals(1, listed.data().getJsonObject("meta").getInt("total"));
  }

  @Test
  void duplicatesAndUnreachableChannelsAreRefused() {
    String phone = unique("0202");
    assertEquals(
        201, Api.post("/api/v1/contacts", user, body("Omar One " + M, phone, null)).status());
    Api.Response duplicate = Api.post("/api/v1/contacts", user, body("Omar Two " + M, phone, null));
    assertEquals(409, duplicate.status(), duplicate::toString);
    assertEquals("/problems/contact-exists", duplicate.json().getString("type"));

    String contactId =
        Api.get("/api/v1/contacts?search=omar%20one%20" + M, user)
            .data()
            .getJsonArray("data")
            .getJsonObject(0)
            .getString("id");
    Api.Response noEmail =
        Api.post(
            "/api/v1/conversations",
            user,
            "{\"contactId\":\"" + contactId + "\",\"channel\":\"Email\"}");
    assertEquals(400, noEmail.status());
    assertEquals(
        "channel", noEmail.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void validationNamesEveryBadField() {
    Api.Response bad =
        Api.post(
            "/api/v1/contacts",
            user,
            "{\"fullName\":\"\",\"email\":\"nope\",\"phone\":\"123\",\"profile\":\"ftp://x\"}");
    assertEquals(400, bad.status(), bad::toString);
    assertEquals(
        List.of("email", "fullName", "phone", "profile"),
        bad.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .distinct()
            .sorted()
            .toList());
    Api.Response none = Api.post("/api/v1/contacts", user, "{\"fullName\":\"No Address\"}");
    assertEquals(400, none.status());
    assertEquals("phone", none.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Response badOwner =
        Api.post(
            "/api/v1/contacts",
            user,
            "{\"fullName\":\"X\",\"phone\":\""
                + unique("0303")
                + "\",\"ownerId\":\""
                + UUID.randomUUID()
                + "\"}");
    assertEquals(400, badOwner.status());
    assertEquals(
        "ownerId", badOwner.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Response unknownField =
        Api.post(
            "/api/v1/contacts",
            user,
            "{\"fullName\":\"X\",\"phone\":\"" + unique("0404") + "\",\"id\":\"x\"}");
    assertEquals(400, unknownField.status(), "unknown fields are refused, not ignored");
    assertEquals(
        "id", unknownField.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Response badChannel =
        Api.post(
            "/api/v1/conversations",
            user,
            "{\"contactId\":\"" + UUID.randomUUID() + "\",\"channel\":\"Fax\"}");
    assertEquals(400, badChannel.status());
    assertEquals(
        "channel", badChannel.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Response missingContact =
        Api.post(
            "/api/v1/conversations",
            user,
            "{\"contactId\":\"" + UUID.randomUUID() + "\",\"channel\":\"SMS\"}");
    assertEquals(404, missingContact.status());
  }

  @Test
  void contactsOfOthersAreInvisible() {
    String phone = unique("0505");
    String other;
    try (Seed seed = new Seed()) {
      UUID someone = seed.user("dir-other-" + M, "Other " + M, "USER");
      other = seed.contact("Private Person " + M, phone, null, someone).toString();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertEquals(
        0,
        Api.get("/api/v1/contacts?search=private%20person%20" + M, user)
            .data()
            .getJsonObject("meta")
            .getInt("total"));
    assertEquals(
        404,
        Api.post(
                "/api/v1/conversations",
                user,
                "{\"contactId\":\"" + other + "\",\"channel\":\"SMS\"}")
            .status());
    assertTrue(
        Api.get(
                    "/api/v1/contacts?search=private%20person%20" + M,
                    Tokens.token("dir-admin-" + M, "ADMIN"))
                .data()
                .getJsonObject("meta")
                .getInt("total")
            == 1);
  }
}
