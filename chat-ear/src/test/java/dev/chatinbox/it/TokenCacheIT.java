package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.cli.support.TokenSigner;
import dev.chatinbox.core.infrastructure.devauth.DevSigningKey;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The REST API's own bearer-token authentication (issue #15): a verified token is remembered by its
 * SHA-256 until it expires, and none of MicroProfile JWT's refusals is lost on the way — a forged,
 * expired, unsigned or HMAC-confused token is a 401 every time it comes, a token outside the
 * Authorization header counts for nothing, roles still come from each token's own {@code groups},
 * and no token, claim or stack trace reaches the server's log.
 */
class TokenCacheIT {
  private static final String M = Seed.marker();
  private static final String UPDATES = "/api/v1/conversations/updates";
  private static final Path KEYS =
      Path.of(System.getProperty("it.data.dir", "target/it-data")).resolve("keys");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private static void assertUnauthorized(Api.Response response) {
    assertEquals(401, response.status(), response::toString);
    assertTrue(
        response.contentType().startsWith("application/problem+json"), response.contentType());
    assertEquals("/problems/unauthorized", response.json().getString("type"));
    assertTrue(response.header("WWW-Authenticate").startsWith("Bearer"), response::toString);
  }

  @Test
  void aValidTokenAnswers200EveryTime() {
    String token = Tokens.token("cached-" + M, "USER");
    for (int i = 0; i < 3; i++) {
      Api.Response response = Api.get(UPDATES, token);
      assertEquals(200, response.status(), response::toString);
      assertTrue(response.json().getBoolean("success"));
    }
  }

  @Test
  void forgedExpiredUnsignedAndConfusedTokensAre401EveryTimeEvenBesideACachedValidOne() {
    String subject = "victim-" + M;
    String valid = Tokens.token(subject, "USER");
    assertEquals(200, Api.get(UPDATES, valid).status()); // cached from now on

    String payload = valid.split("\\.")[1];
    String elevatedPayload =
        B64.encodeToString(
            new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                .replace("\"USER\"", "\"ADMIN\"")
                .getBytes(StandardCharsets.UTF_8));
    String header = valid.split("\\.")[0];
    List<String> refused =
        List.of(
            Tokens.badlySigned(subject, "ADMIN"),
            Tokens.expired(subject, "USER"),
            Tokens.wrongIssuer(subject, "USER"),
            header + "." + elevatedPayload + "." + valid.split("\\.")[2],
            encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".",
            hs256WithThePublicKey(payload));
    for (String token : refused) {
      for (int attempt = 0; attempt < 2; attempt++) {
        assertUnauthorized(Api.get(UPDATES, token));
      }
    }
    assertEquals(200, Api.get(UPDATES, valid).status(), "the valid token is untouched");
  }

  @Test
  void aTokenOutsideTheAuthorizationHeaderIsRefused() {
    String token = Tokens.token("query-" + M, "ADMIN");
    assertEquals(200, Api.get(UPDATES, token).status()); // valid, and cached

    assertUnauthorized(Api.get(UPDATES + "?access_token=" + token, null));
    assertUnauthorized(Api.get(UPDATES + "?token=" + token, null));
    assertUnauthorized(
        Api.send(
            Api.request("/api/v1/conversations", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("access_token=" + token))
                .build()));
    assertUnauthorized(
        Api.send(
            Api.request(UPDATES, null).header("Authorization", "Basic " + token).GET().build()));
  }

  @Test
  void rolesComeFromEachTokensGroupsNotFromTheCachedSubject() {
    String subject = "roles-" + M;
    String asUser = Tokens.token(subject, "USER");
    String asAdmin = Tokens.token(subject, "ADMIN");
    String adminOnly = "/api/v1/users?includeInactive=true";

    for (int i = 0; i < 2; i++) {
      assertEquals(403, Api.get(adminOnly, asUser).status());
      assertEquals(200, Api.get(adminOnly, asAdmin).status());
    }
    String cust = Tokens.token("cust-" + M, "CUST");
    for (int i = 0; i < 2; i++) {
      assertEquals(403, Api.get("/api/v1/conversations", cust).status(), "CUST has no inbox");
    }
  }

  @Test
  void refusedTokensLeaveNoTokenNoClaimAndNoStackTraceInTheLog() throws Exception {
    String marker = "logcheck-" + M;
    String forged = Tokens.badlySigned(marker, "ADMIN");
    String expired = Tokens.expired(marker, "USER");
    assertUnauthorized(Api.get(UPDATES, forged));
    assertUnauthorized(Api.get(UPDATES, expired));
    assertUnauthorized(Api.get(UPDATES, "not.a.jwt"));
    assertEquals(200, Api.get(UPDATES, Tokens.token("logok-" + M, "USER")).status());

    Path logs = LibertyServers.WLP.resolve("usr/servers/" + LibertyServers.FIRST + "/logs");
    String messages = Files.readString(logs.resolve("messages.log"));
    for (String secret :
        List.of(forged.split("\\.")[1], forged.split("\\.")[2], expired.split("\\.")[2], marker)) {
      assertFalse(messages.contains(secret), "the log shows a token or a claim");
    }
    assertFalse(messages.contains("InvalidTokenException"), "a refusal is no exception in the log");
    assertFalse(messages.contains("at dev.chatinbox.api.security."), "no stack trace of the auth");
    assertFalse(messages.contains("CWWKS5523E"), "no MP-JWT login error any more");
    assertFalse(messages.contains("Error Page Exception"), "a 401 is no exception in the log");
    Path ffdc = logs.resolve("ffdc");
    if (Files.isDirectory(ffdc)) {
      try (Stream<Path> files = Files.list(ffdc)) {
        for (Path file : files.toList()) {
          String incident = Files.readString(file, StandardCharsets.ISO_8859_1);
          assertFalse(incident.contains("BearerTokenMechanism"), file::toString);
          assertFalse(incident.contains(marker), file::toString);
        }
      }
    }
  }

  /** RS256 signed by the server's own key, then the same payload "signed" as HS256 with its PEM. */
  private static String hs256WithThePublicKey(String payload) {
    String input = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payload;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      String pem = DevSigningKey.loadOrCreate(KEYS).publicKeyPem();
      mac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A token accepted (and cached) a few seconds before its end, then refused once it is over. */
  @Test
  void aCachedTokenIsRefusedOnceItHasExpired() throws Exception {
    String token =
        new TokenSigner(DevSigningKey.loadOrCreate(KEYS).privateKey())
            .mint(
                "short-" + M,
                "short-" + M,
                null,
                null,
                List.of("USER"),
                TokenSigner.DEV_ISSUER,
                Duration.ofSeconds(-25)); // exp 25 s ago: still inside the 30 s of clock skew
    String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
    Instant acceptedUntil = Instant.ofEpochSecond(exp).plusSeconds(30); // chat.auth.clock-skew
    assertEquals(200, Api.get(UPDATES, token).status());
    assertEquals(200, Api.get(UPDATES, token).status());
    Thread.sleep(Duration.between(Instant.now(), acceptedUntil).toMillis() + 1_500);
    assertUnauthorized(Api.get(UPDATES, token));
  }
}
