package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 4: a contact created by an inbound SMS (named after its number) can be renamed
 * through its conversation ({@code PATCH …/contact} with {@code fullName}/{@code title}) and
 * through {@code GET/PATCH /contacts/{id}}, under the conversations' visibility rule; the new name
 * shows in the lists and the details.
 */
class ContactEditIT {
  private static final String M = Seed.marker();
  private static final String SMS_INBOUND = "/api/v1/webhooks/twilio/sms/inbound";
  private static String owner;
  private static String stranger;
  private static String customer;
  private static UUID ownerId;

  @BeforeAll
  static void seed() throws Exception {
    LibertyServers.awaitReady(Api.BASE);
    try (Seed seed = new Seed()) {
      ownerId = seed.user("edit-owner-" + M, "Edit Owner " + M, "USER");
      seed.user("edit-stranger-" + M, "Edit Stranger " + M, "USER");
    }
    owner = Tokens.token("edit-owner-" + M, "USER");
    stranger = Tokens.token("edit-stranger-" + M, "USER");
    customer = Tokens.token("edit-cust-" + M, "CUST");
  }

  /** An inbound SMS from a new number: the contact it creates, adopted by this class's owner. */
  private static JsonObject contactOfAnInboundSms(String phone) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
    form.put("MessageSid", sid);
    form.put("SmsMessageSid", sid);
    form.put("AccountSid", ItCarrier.ACCOUNT_SID);
    form.put("From", phone);
    form.put("To", "+15005550006");
    form.put("Body", "Hello, it is me " + M);
    form.put("NumMedia", "0");
    form.put("ApiVersion", "2010-04-01");
    Api.Response reply = Webhooks.twilio(SMS_INBOUND, form);
    assertEquals(200, reply.status(), reply::toString);
    JsonObject conversation = onlyConversation(owner, phone.substring(2));
    assertEquals(phone, conversation.getString("fullName"), "named after the number");
    String conversationId = conversation.getString("id");
    // unowned contacts are visible to every USER: give it an owner, which is also a PATCH
    ok(
        Api.patch(
            "/api/v1/conversations/" + conversationId + "/contact",
            owner,
            "{\"ownerId\":\"" + ownerId + "\"}"));
    return conversation;
  }

  private static JsonObject onlyConversation(String token, String search) {
    List<JsonObject> found =
        ok(Api.get("/api/v1/conversations?search=" + search, token))
            .getJsonArray("data")
            .getValuesAs(JsonObject.class);
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }

  private static JsonObject ok(Api.Response response) {
    assertEquals(200, response.status(), response::toString);
    return response.data();
  }

  private static String phone() {
    return "+1415" + (5_000_000 + (int) (Math.random() * 999_999));
  }

  private static void assertFields(Api.Response response, String... fields) {
    assertEquals(400, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"));
    assertEquals(
        List.of(fields),
        response.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .sorted()
            .toList());
  }

  @Test
  void aContactNamedAfterItsNumberIsRenamedThroughItsConversation() throws Exception {
    String phone = phone();
    JsonObject conversation = contactOfAnInboundSms(phone);
    String id = conversation.getString("id");
    String contactId = conversation.getString("contactId");

    JsonObject details =
        ok(
            Api.patch(
                "/api/v1/conversations/" + id + "/contact",
                owner,
                "{\"fullName\":\"  Ann Example " + M + " \",\"title\":\"Buyer\"}"));
    assertEquals("Ann Example " + M, details.getString("fullName"), "trimmed");
    assertEquals("Buyer", details.getString("title"));
    assertEquals(phone, details.getString("phone"), "the rest stays");

    JsonObject detail = ok(Api.get("/api/v1/conversations/" + id, owner));
    assertEquals("Ann Example " + M, detail.getString("fullName"));
    assertEquals("Buyer", detail.getString("title"));
    assertEquals("Ann Example " + M, detail.getJsonObject("contactDetails").getString("fullName"));
    assertEquals(
        "Ann Example " + M,
        ok(Api.get("/api/v1/conversations/" + id + "/contact", owner)).getString("fullName"));
    JsonObject listed = onlyConversation(owner, "Ann%20Example%20" + M);
    assertEquals(id, listed.getString("id"), "the list finds it by its new name");
    assertEquals("Buyer", listed.getString("title"));
    JsonObject directory = ok(Api.get("/api/v1/contacts/" + contactId, owner));
    assertEquals("Ann Example " + M, directory.getString("fullName"));
    assertEquals("Buyer", directory.getString("title"));
  }

  @Test
  void aContactIsViewedAndCorrectedOutsideAnyConversation() throws Exception {
    String phone = phone();
    JsonObject conversation = contactOfAnInboundSms(phone);
    String id = conversation.getString("id");
    String contactId = conversation.getString("contactId");

    JsonObject shown = ok(Api.get("/api/v1/contacts/" + contactId, owner));
    assertEquals(contactId, shown.getString("id"));
    assertEquals(phone, shown.getString("fullName"));
    assertEquals(phone, shown.getString("phone"));
    assertEquals(ownerId.toString(), shown.getJsonObject("owner").getString("id"));

    JsonObject renamed =
        ok(
            Api.patch(
                "/api/v1/contacts/" + contactId,
                owner,
                "{\"fullName\":\"Bo Directory " + M + "\",\"title\":\"CTO\",\"tags\":[\"VIP\"]}"));
    assertEquals("Bo Directory " + M, renamed.getString("fullName"));
    assertEquals("CTO", renamed.getString("title"));
    assertEquals("VIP", renamed.getJsonArray("tags").getString(0));

    JsonObject cleared = ok(Api.patch("/api/v1/contacts/" + contactId, owner, "{\"title\":null}"));
    assertFalse(cleared.containsKey("title") && !cleared.isNull("title"), cleared::toString);
    assertEquals("Bo Directory " + M, cleared.getString("fullName"), "only present fields change");

    JsonObject listed = onlyConversation(owner, "Bo%20Directory%20" + M);
    assertEquals(id, listed.getString("id"));
    assertEquals("Bo Directory " + M, listed.getString("fullName"));
    assertEquals("Bo Directory " + M, listed.getJsonObject("contactDetails").getString("fullName"));
    List<JsonObject> contacts =
        ok(Api.get("/api/v1/contacts?search=Bo%20Directory%20" + M, owner))
            .getJsonArray("data")
            .getValuesAs(JsonObject.class);
    assertEquals(1, contacts.size(), contacts::toString);
    assertEquals(contactId, contacts.get(0).getString("id"));
    assertEquals(
        "Bo Directory " + M,
        ok(Api.get("/api/v1/conversations/" + id + "/contact", owner)).getString("fullName"));
  }

  @Test
  void anInvisibleContactIs404AndStaysAsItWas() throws Exception {
    JsonObject conversation = contactOfAnInboundSms(phone());
    String contactId = conversation.getString("contactId");
    String name = conversation.getString("fullName");

    Api.Response seen = Api.get("/api/v1/contacts/" + contactId, stranger);
    assertEquals(404, seen.status(), seen::toString);
    assertTrue(seen.contentType().startsWith("application/problem+json"));
    Api.Response changed =
        Api.patch("/api/v1/contacts/" + contactId, stranger, "{\"fullName\":\"Hijacked\"}");
    assertEquals(404, changed.status(), changed::toString);
    assertEquals(
        404,
        Api.patch(
                "/api/v1/conversations/" + conversation.getString("id") + "/contact",
                stranger,
                "{\"fullName\":\"Hijacked\"}")
            .status());
    assertEquals(404, Api.get("/api/v1/contacts/" + UUID.randomUUID(), owner).status());
    assertEquals(404, Api.get("/api/v1/contacts/not-an-id", owner).status());
    assertEquals(403, Api.get("/api/v1/contacts/" + contactId, customer).status());
    assertEquals(401, Api.get("/api/v1/contacts/" + contactId, null).status());
    assertEquals(name, ok(Api.get("/api/v1/contacts/" + contactId, owner)).getString("fullName"));
  }

  @Test
  void badFieldsAre400NamingThemAndChangeNothing() throws Exception {
    JsonObject conversation = contactOfAnInboundSms(phone());
    String contactId = conversation.getString("contactId");
    String path = "/api/v1/contacts/" + contactId;
    String name = conversation.getString("fullName");

    assertFields(Api.patch(path, owner, "{\"fullName\":\"   \",\"tags\":[\"ok\"]}"), "fullName");
    assertFields(Api.patch(path, owner, "{\"fullName\":\"" + "x".repeat(201) + "\"}"), "fullName");
    assertFields(
        Api.patch(path, owner, "{\"title\":\"" + "x".repeat(201) + "\",\"fullName\":\"Ok\"}"),
        "title");
    assertFields(
        Api.patch(path, owner, "{\"dnd\":true,\"title\":5,\"id\":\"x\"}"), "dnd", "id", "title");
    assertFields(
        Api.patch(
            "/api/v1/conversations/" + conversation.getString("id") + "/contact",
            owner,
            "{\"fullName\":\"\"}"),
        "fullName");
    JsonObject unchanged = ok(Api.get(path, owner));
    assertEquals(name, unchanged.getString("fullName"), "nothing half-written");
    assertEquals(0, unchanged.getJsonArray("tags").size());
  }
}
