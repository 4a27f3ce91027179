package dev.chatinbox.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Development tokens are RS256 JWTs with the MicroProfile JWT claims (iss, sub, upn, groups, iat,
 * exp) whose signature verifies with the public key; claim values are JSON-escaped.
 */
class TokenSignerClaimsTest {
  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
  private static KeyPair keys;

  @BeforeAll
  static void generateKeys() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  private static String mint(
      String subject,
      String username,
      Optional<String> name,
      Optional<String> email,
      List<String> groups,
      Duration ttl) {
    return new TokenSigner(keys.getPrivate())
        .mint(
            subject,
            username,
            name.orElse(null),
            email.orElse(null),
            groups,
            TokenSigner.DEV_ISSUER,
            ttl);
  }

  /** A token for {@code username} without name and email. */
  private static String mint(String username, List<String> groups) {
    return mint(
        username, username, Optional.empty(), Optional.empty(), groups, Duration.ofMinutes(5));
  }

  private static String claimsOf(String token) {
    return decode(token.split("\\.")[1]);
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  private static boolean verifies(String token, PublicKey key) throws GeneralSecurityException {
    String[] parts = token.split("\\.");
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(key);
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
  }

  private static long numericClaim(String claims, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(claims);
    assertTrue(m.find(), name + " in " + claims);
    return Long.parseLong(m.group(1));
  }

  @Test
  void tokenHasThreeBase64UrlPartsAndAnRs256Header() {
    String token = mint("alice", List.of("ADMIN"));
    String[] parts = token.split("\\.", -1);
    assertEquals(3, parts.length, token);
    for (String part : parts) {
      assertTrue(BASE64URL.matcher(part).matches(), "unpadded base64url: " + part);
    }
    String header = decode(parts[0]);
    assertTrue(header.contains("\"alg\":\"RS256\""), header);
    assertTrue(header.contains("\"typ\":\"JWT\""), header);
  }

  @Test
  void claimsCarryIssuerSubjectUpnGroupsAndLifetime() {
    long before = Instant.now().getEpochSecond();
    String token =
        mint(
            "sub-123",
            "alice",
            Optional.of("Alice Admin"),
            Optional.of("alice@team.test"),
            List.of("ADMIN", "USER"),
            Duration.ofMinutes(480));
    long after = Instant.now().getEpochSecond();
    String claims = claimsOf(token);
    assertTrue(claims.startsWith("{") && claims.endsWith("}"), claims);
    assertTrue(claims.contains("\"iss\":\"https://chat-inbox.local/dev\""), claims);
    assertTrue(claims.contains("\"sub\":\"sub-123\""), claims);
    assertTrue(claims.contains("\"upn\":\"alice\""), claims);
    assertTrue(claims.contains("\"preferred_username\":\"alice\""), claims);
    assertTrue(claims.contains("\"name\":\"Alice Admin\""), claims);
    assertTrue(claims.contains("\"email\":\"alice@team.test\""), claims);
    assertTrue(claims.contains("\"groups\":[\"ADMIN\",\"USER\"]"), claims);
    assertTrue(Pattern.compile("\"jti\":\"[0-9a-f-]{36}\"").matcher(claims).find(), claims);
    long iat = numericClaim(claims, "iat");
    long exp = numericClaim(claims, "exp");
    assertTrue(iat >= before && iat <= after, "iat " + iat);
    assertTrue(exp > iat);
    assertEquals(Duration.ofMinutes(480).toSeconds(), exp - iat);
  }

  @Test
  void optionalClaimsAreLeftOutAndNoGroupsIsAnEmptyArray() {
    String claims = claimsOf(mint("bob", List.of()));
    assertFalse(claims.contains("\"name\""), claims);
    assertFalse(claims.contains("\"email\""), claims);
    assertTrue(claims.contains("\"groups\":[]"), claims);
  }

  @Test
  void eachTokenHasItsOwnId() {
    String a = claimsOf(mint("bob", List.of("USER")));
    String b = claimsOf(mint("bob", List.of("USER")));
    Pattern jti = Pattern.compile("\"jti\":\"([^\"]+)\"");
    Matcher ma = jti.matcher(a);
    Matcher mb = jti.matcher(b);
    assertTrue(ma.find() && mb.find());
    assertFalse(ma.group(1).equals(mb.group(1)));
  }

  @Test
  void signatureVerifiesWithThePublicKeyOnly() throws GeneralSecurityException {
    String token = mint("alice", List.of("ADMIN"));
    assertTrue(verifies(token, keys.getPublic()));

    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    assertFalse(verifies(token, generator.generateKeyPair().getPublic()), "another key");

    String[] parts = token.split("\\.");
    byte[] forged = decode(parts[1]).replace("ADMIN", "ADMIM").getBytes(StandardCharsets.UTF_8);
    String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(forged);
    assertFalse(
        verifies(parts[0] + "." + forgedClaims + "." + parts[2], keys.getPublic()),
        "changed claims");
  }

  @Test
  void claimValuesAreEscaped() throws GeneralSecurityException {
    Optional<String> name = Optional.of("James \"Jim\" O'Brien\\Sales\n");
    String token =
        mint("sub", "o'brien", name, Optional.empty(), List.of("US\"ER"), Duration.ofMinutes(1));
    String claims = claimsOf(token);
    assertTrue(claims.contains("\"name\":\"James \\\"Jim\\\" O'Brien\\\\Sales\\n\""), claims);
    assertTrue(claims.contains("\"groups\":[\"US\\\"ER\"]"), claims);
    assertTrue(verifies(token, keys.getPublic()));
  }
}
