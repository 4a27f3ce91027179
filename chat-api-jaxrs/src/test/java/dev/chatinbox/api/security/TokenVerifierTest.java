package dev.chatinbox.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatinbox.core.support.MapConfig;
import dev.chatinbox.core.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The verifier refuses what MicroProfile JWT refuses — whether or not a valid token was cached
 * before — and checks a valid token's signature once.
 */
class TokenVerifierTest {
  private final MutableClock clock = new MutableClock(Instant.now());
  private final TestTokens tokens = new TestTokens();
  private final Map<String, String> settings = new HashMap<>();

  private TokenVerifier verifier() {
    settings.putIfAbsent("mp.jwt.verify.publickey", tokens.publicKeyPem());
    settings.putIfAbsent("mp.jwt.verify.issuer", TestTokens.ISSUER);
    return new TokenVerifier(new MapConfig(settings), clock);
  }

  private Instant inAnHour() {
    return clock.instant().plus(Duration.ofHours(1));
  }

  @Test
  void aValidTokenGivesItsClaims() throws Exception {
    VerifiedToken verified = verifier().verify(tokens.token("alice", inAnHour(), "ADMIN", "USER"));

    assertEquals("alice", verified.subject());
    assertEquals(Optional.of("alice"), verified.username());
    assertEquals(Optional.of("ALICE"), verified.name());
    assertEquals(Optional.of("alice@example.test"), verified.email());
    assertEquals(Set.of("ADMIN", "USER"), verified.groups());
    assertEquals(inAnHour().getEpochSecond(), verified.expiresAt().getEpochSecond());
    assertFalse(verified.toString().contains("alice"), "no claim in log lines");
  }

  @Test
  void theSameTokenIsCheckedOnceAndAnotherTokenOfTheSameUserOnItsOwn() throws Exception {
    TokenVerifier verifier = verifier();
    String first = tokens.token("alice", inAnHour(), "USER");
    String second = tokens.token("alice", inAnHour().plusSeconds(1), "USER");

    VerifiedToken a = verifier.verify(first);
    assertSame(a, verifier.verify(first), "the cached claims");
    VerifiedToken b = verifier.verify(second);

    assertNotSame(a, b);
    assertEquals(a.subject(), b.subject());
  }

  @Test
  void aCachedTokenIsRefusedOnceItExpires() throws Exception {
    TokenVerifier verifier = verifier();
    String token = tokens.token("alice", clock.instant().plus(Duration.ofMinutes(5)), "USER");
    verifier.verify(token);

    clock.advance(Duration.ofMinutes(5).plusSeconds(31)); // past exp + 30 s of skew

    assertEquals(
        "expired",
        assertThrows(InvalidTokenException.class, () -> verifier.verify(token)).getMessage());
  }

  @Test
  void forgedTokensAreRefusedEvenAfterAValidOneWasCached() throws Exception {
    TokenVerifier verifier = verifier();
    String claims = TestTokens.claims(TestTokens.ISSUER, "alice", inAnHour(), "ADMIN");
    verifier.verify(TestTokens.rs256(tokens.keys.getPrivate(), claims)); // cached

    String otherKey = TestTokens.rs256(TestTokens.generate().getPrivate(), claims);
    String none = TestTokens.unsigned(claims);
    String hmacWithThePublicKey = TestTokens.hs256(tokens.publicKeyPem(), claims);
    String valid = tokens.token("bob", inAnHour(), "USER");
    String[] parts = valid.split("\\.");
    String elevated =
        parts[0]
            + "."
            + TestTokens.encode(TestTokens.claims(TestTokens.ISSUER, "bob", inAnHour(), "ADMIN"))
            + "."
            + parts[2];

    for (String forged : new String[] {otherKey, none, hmacWithThePublicKey, elevated}) {
      for (int attempt = 0; attempt < 2; attempt++) {
        assertThrows(InvalidTokenException.class, () -> verifier.verify(forged), forged);
      }
    }
  }

  @Test
  void wrongIssuerExpiredNotYetValidWrongAudienceAndGarbageAreRefused() {
    settings.put("mp.jwt.verify.audiences", "chat-inbox");
    TokenVerifier verifier = verifier();
    Instant past = clock.instant().minus(Duration.ofMinutes(2));

    assertEquals(
        "wrong issuer",
        assertThrows(
                InvalidTokenException.class,
                () -> verifier.verify(tokens.signed("https://evil.test/", "a", inAnHour(), "USER")))
            .getMessage());
    assertEquals(
        "expired",
        assertThrows(
                InvalidTokenException.class, () -> verifier.verify(tokens.token("a", past, "USER")))
            .getMessage());
    assertEquals(
        "wrong audience",
        assertThrows(
                InvalidTokenException.class,
                () -> verifier.verify(tokens.token("a", inAnHour(), "USER")))
            .getMessage());
    String notYet =
        TestTokens.rs256(
            tokens.keys.getPrivate(),
            "{\"iss\":\""
                + TestTokens.ISSUER
                + "\",\"sub\":\"a\",\"aud\":\"chat-inbox\",\"nbf\":"
                + inAnHour().getEpochSecond()
                + ",\"exp\":"
                + inAnHour().plusSeconds(60).getEpochSecond()
                + "}");
    assertEquals(
        "not valid yet",
        assertThrows(InvalidTokenException.class, () -> verifier.verify(notYet)).getMessage());
    for (String garbage : new String[] {"", "not.a.jwt", "a.b", "x".repeat(20_000)}) {
      assertThrows(InvalidTokenException.class, () -> verifier.verify(garbage));
    }
  }

  @Test
  void theCacheSizeComesFromConfigurationAndIsChecked() throws Exception {
    settings.put("chat.auth.token-cache-size", "-1");
    assertThrows(IllegalArgumentException.class, this::verifier);
    settings.put("chat.auth.token-cache-size", "0");
    TokenVerifier uncached = verifier();
    String token = tokens.token("alice", inAnHour(), "USER");
    assertNotSame(
        uncached.verify(token), uncached.verify(token), "0: every call verifies the token again");
  }

  private String signed(String timeClaims) {
    return TestTokens.rs256(
        tokens.keys.getPrivate(),
        "{\"iss\":\"" + TestTokens.ISSUER + "\",\"sub\":\"a\"," + timeClaims + "}");
  }

  private String refusal(TokenVerifier verifier, String token) {
    return assertThrows(InvalidTokenException.class, () -> verifier.verify(token)).getMessage();
  }

  @Test
  void timeClaimsAllowThirtySecondsOfSkewByDefault() throws Exception {
    TokenVerifier verifier = verifier();
    long now = clock.instant().getEpochSecond();

    verifier.verify(signed("\"exp\":" + (now - 25)));
    assertEquals("expired", refusal(verifier, signed("\"exp\":" + (now - 45))));
    verifier.verify(signed("\"nbf\":" + (now + 25) + ",\"exp\":" + (now + 600)));
    assertEquals(
        "not valid yet",
        refusal(verifier, signed("\"nbf\":" + (now + 45) + ",\"exp\":" + (now + 600))));
    verifier.verify(signed("\"iat\":" + (now + 25) + ",\"exp\":" + (now + 600)));
    assertEquals(
        "issued in the future",
        refusal(verifier, signed("\"iat\":" + (now + 3600) + ",\"exp\":" + (now + 7200))));
    assertEquals("no exp", refusal(verifier, signed("\"iat\":" + now)));
    assertEquals("exp is not a NumericDate", refusal(verifier, signed("\"exp\":\"tomorrow\"")));
    assertEquals("exp is not a NumericDate", refusal(verifier, signed("\"exp\":1e999999999")));
  }

  @Test
  void aTokenWithoutSubjectIsRefused() {
    TokenVerifier verifier = verifier();
    long exp = inAnHour().getEpochSecond();
    String noSubject =
        TestTokens.rs256(
            tokens.keys.getPrivate(),
            "{\"iss\":\"" + TestTokens.ISSUER + "\",\"exp\":" + exp + ",\"groups\":[\"ADMIN\"]}");
    assertEquals("no subject", refusal(verifier, noSubject));
  }

  @Test
  void theClockSkewIsConfigurableAndChecked() throws Exception {
    settings.put("chat.auth.clock-skew", "PT2M");
    TokenVerifier lenient = verifier();
    long now = clock.instant().getEpochSecond();
    lenient.verify(signed("\"exp\":" + (now - 90)));
    settings.put("chat.auth.clock-skew", "0");
    assertEquals("expired", refusal(verifier(), signed("\"exp\":" + (now - 1))));
    for (String bad : new String[] {"-5", "PT11M", "soon"}) {
      settings.put("chat.auth.clock-skew", bad);
      assertThrows(IllegalArgumentException.class, this::verifier, bad);
    }
  }
}
