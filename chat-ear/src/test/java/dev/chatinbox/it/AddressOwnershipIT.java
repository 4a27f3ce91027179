package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * Issue #17, finding 2: one address belongs to one contact everywhere. USER B cannot take over a
 * customer only USER A can see by giving A's customer's phone or email to one of B's own contacts —
 * by any path — and so cannot message that customer; the database refuses a second holder too.
 */
class AddressOwnershipIT {
  private static final String M = Seed.marker();
  private static String phoneOfA;
  private static String emailOfA;
  private static String userB;
  private static UUID smsOfB;
  private static UUID emailOfB;
  private static UUID contactOfB;

  @BeforeAll
  static void seed() throws Exception {
    phoneOfA = "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    emailOfA = "customer." + M + "@example.com";
    try (Seed seed = new Seed()) {
      UUID a = seed.user("own-a-" + M, "Owner A " + M, "USER");
      UUID b = seed.user("own-b-" + M, "Owner B " + M, "USER");
      UUID customer = seed.contact("Customer of A " + M, phoneOfA, emailOfA, a);
      seed.conversation(customer, "SMS", 0, false, Instant.now());
      contactOfB =
          seed.contact(
              "Contact of B " + M,
              "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000)),
              "b.contact." + M + "@example.com",
              b);
      smsOfB = seed.conversation(contactOfB, "SMS", 0, false, Instant.now());
      emailOfB = seed.conversation(contactOfB, "Email", 0, false, Instant.now());
    }
    userB = Tokens.token("own-b-" + M, "USER");
  }

  private static String contact(UUID conversation, String rest) {
    return "/api/v1/conversations/" + conversation + "/contact" + rest;
  }

  private static void assertTaken(Api.Response response) {
    assertEquals(409, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
    assertEquals("/problems/contact-exists", response.json().getString("type"));
    assertFalse(response.body().contains("Customer of A"), "names no contact: " + response);
  }

  @Test
  void anotherContactsPhoneOrEmailCannotBeAddedByAnyPath() {
    assertTaken(Api.post(contact(smsOfB, "/phones"), userB, "{\"phone\":\"" + phoneOfA + "\"}"));
    assertTaken(Api.post(contact(smsOfB, "/emails"), userB, "{\"email\":\"" + emailOfA + "\"}"));
    assertTaken(Api.patch(contact(smsOfB, ""), userB, "{\"phone\":\"" + phoneOfA + "\"}"));
    // normalised before the check: another spelling of the same address is the same address
    assertTaken(
        Api.patch(contact(smsOfB, ""), userB, "{\"email\":\"" + emailOfA.toUpperCase() + "\"}"));
    assertTaken(
        Api.post(
            "/api/v1/contacts",
            userB,
            "{\"fullName\":\"Copy " + M + "\",\"phone\":\"" + phoneOfA + "\"}"));
    assertTaken(
        Api.post(
            "/api/v1/contacts",
            userB,
            "{\"fullName\":\"Copy " + M + "\",\"email\":\"" + emailOfA + "\"}"));

    String details = Api.get(contact(smsOfB, ""), userB).body();
    assertFalse(details.contains(phoneOfA), details);
    assertFalse(details.contains(emailOfA), details);
  }

  @Test
  void soTheCustomerCannotBeMessagedThroughAnotherContact() throws Exception {
    Api.Response sms =
        Api.post(
            "/api/v1/conversations/" + smsOfB + "/messages/sms",
            userB,
            "{\"message\":\"hello " + M + "\",\"to\":\"" + phoneOfA + "\"}");
    assertEquals(400, sms.status(), sms::toString);
    Api.Response email =
        Api.post(
            "/api/v1/conversations/" + emailOfB + "/messages/email",
            userB,
            "{\"to\":\""
                + emailOfA
                + "\",\"fromName\":\"B\",\"fromEmail\":\"support@example.com\",\"subject\":\"Hi\","
                + "\"body\":\"hello "
                + M
                + "\"}");
    assertEquals(400, email.status(), email::toString);
    try (Seed seed = new Seed()) {
      assertEquals(
          0,
          seed.count("SELECT COUNT(*) FROM messages WHERE body LIKE ?", "%hello " + M + "%"),
          "nothing stored, nothing for the carrier");
    }
  }

  @Test
  void aContactMayAddItsOwnAddressAgain() {
    Api.Response again =
        Api.post(
            contact(smsOfB, "/emails"),
            userB,
            "{\"email\":\"b.contact." + M + "@example.com\",\"isPrimary\":true}");
    assertEquals(200, again.status(), again::toString);
  }

  @Test
  void theDatabaseRefusesASecondHolder() throws Exception {
    try (Seed seed = new Seed()) {
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () ->
                  seed.update(
                      "INSERT INTO contact_phones (id, contact_id, phone, is_primary, created_at)"
                          + " VALUES (?, ?, ?, FALSE, now())",
                      UUID.randomUUID(),
                      contactOfB,
                      phoneOfA));
      assertTrue(
          refused.getCause().getMessage().contains("uq_contact_phones_phone"),
          refused.getCause()::getMessage);
    }
  }
}
