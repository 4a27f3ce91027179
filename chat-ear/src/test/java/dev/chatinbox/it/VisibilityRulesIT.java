package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, finding 11 (the parts an HTTP client reaches): a customer (CUST) can never be made the
 * owner of a contact — that would hide its conversations from every USER — and polling for a
 * conversation the caller may not see answers 404 like every other id-based operation.
 */
class VisibilityRulesIT {
  private static final String M = Seed.marker();
  private static String user;
  private static String admin;
  private static UUID customerUser;
  private static UUID me;
  private static UUID mine;
  private static UUID theirs;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      me = seed.user("vis-" + M, "Visible User " + M, "USER");
      UUID other = seed.user("vis-other-" + M, "Other User " + M, "USER");
      customerUser = seed.user("vis-cust-" + M, "A Customer " + M, "CUST");
      mine =
          seed.conversation(
              seed.contact("Vis Mine " + M, phone(), null, me), "SMS", 0, false, Instant.now());
      theirs =
          seed.conversation(
              seed.contact("Vis Theirs " + M, phone(), null, other),
              "SMS",
              0,
              false,
              Instant.now());
    }
    user = Tokens.token("vis-" + M, "USER");
    admin = Tokens.token("vis-admin-" + M, "ADMIN");
  }

  private static String phone() {
    return "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
  }

  private static void assertOwnerRefused(Api.Response response) {
    assertEquals(400, response.status(), response::toString);
    assertEquals("/problems/validation", response.json().getString("type"));
    assertEquals(
        "ownerId",
        response.json().getJsonArray("errors").getJsonObject(0).getString("field"),
        response::toString);
  }

  @Test
  void aCustomerCannotBeMadeOwner() {
    String contact = "/api/v1/conversations/" + mine + "/contact";
    assertOwnerRefused(Api.patch(contact, user, "{\"ownerId\":\"" + customerUser + "\"}"));
    assertOwnerRefused(Api.patch(contact, admin, "{\"ownerId\":\"" + customerUser + "\"}"));
    assertOwnerRefused(
        Api.post(
            "/api/v1/contacts",
            user,
            "{\"fullName\":\"Owned By A Customer "
                + M
                + "\",\"phone\":\""
                + phone()
                + "\",\"ownerId\":\""
                + customerUser
                + "\"}"));
    assertEquals(200, Api.get(contact, user).status(), "still visible to its USER owner");
    Api.Response teamMember = Api.patch(contact, user, "{\"ownerId\":\"" + me + "\"}");
    assertEquals(200, teamMember.status(), teamMember::toString);
  }

  @Test
  void pollingForAnInvisibleConversationIs404LikeEverywhere() {
    assertEquals(404, Api.get("/api/v1/conversations/" + theirs, user).status());
    for (String query :
        new String[] {
          "conversationIds=" + theirs,
          "conversationIds=" + theirs + "&cursor=0",
          "conversationIds=" + UUID.randomUUID() + "&lastUpdate=2026-01-01T00:00:00Z"
        }) {
      Api.Response poll = Api.get("/api/v1/conversations/updates?" + query, user);
      assertEquals(404, poll.status(), query + ": " + poll);
      assertTrue(poll.contentType().startsWith("application/problem+json"), poll::toString);
    }
    Api.Response own =
        Api.get("/api/v1/conversations/updates?cursor=0&conversationIds=" + mine, user);
    assertEquals(200, own.status(), own::toString);
  }
}
