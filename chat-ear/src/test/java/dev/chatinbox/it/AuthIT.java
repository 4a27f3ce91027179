package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MicroProfile JWT on every endpoint: 401 problem+json for bad tokens, provisioning on first use.
 */
class AuthIT {
  private static final String M = Seed.marker();

  private static void assertUnauthorized(Api.Response response) {
    assertEquals(401, response.status(), response::toString);
    assertTrue(
        response.contentType().startsWith("application/problem+json"), response.contentType());
    assertEquals("/problems/unauthorized", response.json().getString("type"));
    assertEquals(false, response.json().getBoolean("success"));
    assertNotNull(response.header("WWW-Authenticate"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/conversations",
        "/api/v1/conversations/00000000-0000-7000-8000-000000000000",
        "/api/v1/conversations/x/messages"
      })
  void missingTokenIs401OnEveryEndpoint(String path) {
    assertUnauthorized(Api.get(path, null));
  }

  @Test
  void expiredWrongIssuerBadlySignedAndGarbageTokensAre401() {
    assertUnauthorized(Api.get("/api/v1/conversations", Tokens.expired("late-" + M, "ADMIN")));
    assertUnauthorized(Api.get("/api/v1/conversations", Tokens.wrongIssuer("evil-" + M, "ADMIN")));
    assertUnauthorized(
        Api.get("/api/v1/conversations", Tokens.badlySigned("forger-" + M, "ADMIN")));
    assertUnauthorized(Api.get("/api/v1/conversations", "not.a.jwt"));
    String valid = Tokens.token("tamper-" + M, "USER");
    String[] parts = valid.split("\\.");
    String elevated =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                    .replace("\"USER\"", "\"ADMIN\"")
                    .getBytes());
    assertUnauthorized(
        Api.get("/api/v1/conversations", parts[0] + "." + elevated + "." + parts[2]));
  }

  @Test
  void aValidTokenForAnUnknownSubjectProvisionsTheUserOnce() throws Exception {
    String subject = "newcomer-" + M;
    String token = Tokens.token(subject, "USER");
    assertEquals(200, Api.get("/api/v1/conversations", token).status());
    assertEquals(200, Api.get("/api/v1/conversations", token).status());
    try (Seed seed = new Seed()) {
      assertEquals(1, seed.count("SELECT COUNT(*) FROM users WHERE subject = ?", subject));
      assertEquals(
          1,
          seed.count(
              "SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.subject = ? AND r.role = 'USER'",
              subject));
      assertEquals(
          1,
          seed.count(
              "SELECT COUNT(*) FROM users WHERE subject = ? AND name = ? AND email = ?",
              subject,
              subject.toUpperCase(),
              subject + "@it.example"));
    }
  }

  @Test
  void aUuidSubjectBecomesTheUserId() throws Exception {
    UUID id = UUID.randomUUID();
    assertEquals(
        200, Api.get("/api/v1/conversations", Tokens.token(id.toString(), "ADMIN")).status());
    try (Seed seed = new Seed()) {
      assertEquals(1, seed.count("SELECT COUNT(*) FROM users WHERE id = ?", id));
    }
  }

  @Test
  void webhooksAreNotBehindTheToken() {
    // Webhooks are public (checked by carrier signature instead): an unsigned POST without a token
    // is refused by the signature check (403), not by the JWT layer (401).
    Api.Response response = Api.post("/api/v1/webhooks/twilio/sms/status", null, "{}");
    assertEquals(415, response.status(), "form only, and no 401: " + response);
    Api.Response unsigned =
        Api.send(
            Api.request("/api/v1/webhooks/twilio/sms/status", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("MessageSid=SM1"))
                .build());
    assertEquals(403, unsigned.status(), unsigned::toString);
  }
}
