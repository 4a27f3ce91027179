package dev.chatinbox.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.MutableClock;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verified-token cache: hits, expiry, the bound, and what it never keeps. */
class VerifiedTokenCacheTest {
  private static final Duration SKEW = Duration.ofSeconds(60);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

  /** A stand-in for the full check: knows some tokens, refuses the rest, counts its calls. */
  private final class FakeVerification implements VerifiedTokenCache.Verification {
    final Map<String, VerifiedToken> valid = new HashMap<>();
    final List<String> checked = new ArrayList<>();

    String accept(String token, String subject, Duration ttl) {
      valid.put(
          token,
          new VerifiedToken(
              subject,
              Optional.of(subject),
              Optional.empty(),
              Optional.empty(),
              Set.of("USER"),
              clock.instant().plus(ttl),
              JsonValue.EMPTY_JSON_OBJECT));
      return token;
    }

    @Override
    public VerifiedToken verify(String token) throws InvalidTokenException {
      checked.add(token);
      VerifiedToken verified = valid.get(token);
      if (verified == null || clock.instant().minus(SKEW).isAfter(verified.expiresAt())) {
        throw new InvalidTokenException("bad signature");
      }
      return verified;
    }
  }

  private final FakeVerification verification = new FakeVerification();

  @Test
  void theSameTokenIsVerifiedOnceWhileItIsValid() throws Exception {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock, SKEW);
    String token = verification.accept("token-a", "alice", Duration.ofMinutes(30));

    VerifiedToken first = cache.verify(token, verification);
    clock.advance(Duration.ofMinutes(29));
    VerifiedToken second = cache.verify(token, verification);

    assertSame(first, second);
    assertEquals(List.of(token), verification.checked);
    assertEquals(1, cache.size());
  }

  @Test
  void anExpiredTokenIsVerifiedAgainAndRefused() throws Exception {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock, SKEW);
    String token = verification.accept("token-a", "alice", Duration.ofMinutes(5));
    cache.verify(token, verification);

    clock.advance(Duration.ofMinutes(5).plus(SKEW)); // the last instant the verifier accepts
    cache.verify(token, verification);
    assertEquals(1, verification.checked.size(), "still within exp + skew: a hit");

    clock.advance(Duration.ofSeconds(1));
    assertThrows(InvalidTokenException.class, () -> cache.verify(token, verification));
    assertEquals(2, verification.checked.size(), "past exp + skew: checked again");
    assertEquals(0, cache.size(), "the expired entry is gone");
  }

  @Test
  void anotherTokenOfTheSameSubjectIsVerifiedOnItsOwn() throws Exception {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock, SKEW);
    String first = verification.accept("token-a", "alice", Duration.ofMinutes(30));
    String second = verification.accept("token-b", "alice", Duration.ofMinutes(60));

    VerifiedToken a = cache.verify(first, verification);
    VerifiedToken b = cache.verify(second, verification);
    cache.verify(first, verification);
    cache.verify(second, verification);

    assertNotSame(a, b);
    assertEquals(a.expiresAt().plus(Duration.ofMinutes(30)), b.expiresAt());
    assertEquals(List.of(first, second), verification.checked);
    assertEquals(2, cache.size());
  }

  @Test
  void aRefusedTokenIsNeverCached() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock, SKEW);

    for (int i = 0; i < 3; i++) {
      assertThrows(InvalidTokenException.class, () -> cache.verify("forged", verification));
    }

    assertEquals(List.of("forged", "forged", "forged"), verification.checked);
    assertEquals(0, cache.size());
  }

  @Test
  void theCacheNeverHoldsMoreThanItsBoundAndDropsExpiredEntriesFirst() throws Exception {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock, SKEW);
    for (int i = 0; i < 5; i++) {
      cache.verify(verification.accept("short-" + i, "u" + i, Duration.ofMinutes(1)), verification);
    }
    for (int i = 0; i < 5; i++) {
      cache.verify(verification.accept("long-" + i, "v" + i, Duration.ofHours(1)), verification);
    }
    assertEquals(10, cache.size());
    clock.advance(Duration.ofMinutes(10)); // the five short tokens have expired

    cache.verify(verification.accept("new-0", "w", Duration.ofHours(1)), verification);
    assertEquals(6, cache.size(), "the expired entries made room");
    verification.checked.clear();
    for (int i = 0; i < 5; i++) {
      cache.verify("long-" + i, verification);
    }
    assertEquals(List.of(), verification.checked, "the valid entries stayed");

    for (int i = 0; i < 100; i++) {
      cache.verify(verification.accept("more-" + i, "x" + i, Duration.ofHours(2)), verification);
      assertTrue(cache.size() <= 10, "size " + cache.size());
    }
    verification.checked.clear();
    cache.verify("more-99", verification);
    assertEquals(List.of(), verification.checked, "the newest token was kept");
  }

  @Test
  void sizeZeroVerifiesEveryTime() throws Exception {
    VerifiedTokenCache cache = new VerifiedTokenCache(0, clock, SKEW);
    String token = verification.accept("token-a", "alice", Duration.ofMinutes(30));

    cache.verify(token, verification);
    cache.verify(token, verification);

    assertEquals(2, verification.checked.size());
    assertEquals(0, cache.size());
  }

  @Test
  void theKeyIsTheTokensSha256NotTheToken() {
    String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";
    TokenFingerprint fingerprint = TokenFingerprint.of(token);

    assertEquals(64, fingerprint.toString().length());
    assertFalse(fingerprint.toString().contains("eyJ"));
    assertEquals(fingerprint, TokenFingerprint.of(token));
    assertFalse(fingerprint.equals(TokenFingerprint.of(token + "x")));
    // the SHA-256 of "abc", a published test vector
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TokenFingerprint.of("abc").toString());
  }
}
