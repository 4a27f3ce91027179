package dev.chatinbox.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens that passed {@link TokenVerifier}, so that a client sending the same bearer token on every
 * request pays the RSA signature check once per token, not once per request (issue #15).
 *
 * <p>Keyed by the SHA-256 of the compact token ({@link TokenFingerprint}): the token itself is
 * never stored, so neither a key nor a value of this cache can put it into a log line or a heap
 * dump. An entry lives until the token stops being acceptable ({@code exp} plus the clock skew the
 * verifier allows) and is then verified again — and refused. Only accepted tokens are stored: a
 * refused one is checked in full each time it comes back. At most {@code maxEntries} tokens are
 * kept; when a new one would exceed that, expired entries go first, then the tenth of the cache
 * that expires soonest. {@code maxEntries} 0 turns the cache off.
 *
 * <p>What a cached token says is trusted until it expires, as with any bearer token: a verification
 * key withdrawn at the identity provider stops new tokens, not the ones already accepted here.
 */
final class VerifiedTokenCache {
  /** The full verification, run on a miss. */
  @FunctionalInterface
  interface Verification {
    VerifiedToken verify(String token) throws InvalidTokenException;
  }

  private record Entry(VerifiedToken token, Instant acceptedUntil) {
    boolean expiredAt(Instant now) {
      return now.isAfter(acceptedUntil);
    }
  }

  private final Map<TokenFingerprint, Entry> entries = new ConcurrentHashMap<>();
  private final int maxEntries;
  private final Clock clock;
  private final Duration skew;

  VerifiedTokenCache(int maxEntries, Clock clock, Duration skew) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("maxEntries must not be negative");
    }
    this.maxEntries = maxEntries;
    this.clock = clock;
    this.skew = skew;
  }

  /** The verified token, from the cache or from {@code verification} (then remembered). */
  VerifiedToken verify(String token, Verification verification) throws InvalidTokenException {
    if (maxEntries == 0 || token == null) {
      return verification.verify(token);
    }
    TokenFingerprint key = TokenFingerprint.of(token);
    Entry entry = entries.get(key);
    if (entry != null) {
      if (!entry.expiredAt(clock.instant())) {
        return entry.token();
      }
      entries.remove(key, entry);
    }
    VerifiedToken verified = verification.verify(token);
    store(key, new Entry(verified, verified.expiresAt().plus(skew)));
    return verified;
  }

  /** How many tokens are remembered. */
  int size() {
    return entries.size();
  }

  /** Misses only (each one costs a signature check anyway): the lock keeps the bound exact. */
  private synchronized void store(TokenFingerprint key, Entry entry) {
    if (entries.size() >= maxEntries && !entries.containsKey(key)) {
      Instant now = clock.instant();
      entries.values().removeIf(e -> e.expiredAt(now));
      if (entries.size() >= maxEntries) {
        evictSoonestExpiring(entries.size() - maxEntries + Math.max(1, maxEntries / 10));
      }
    }
    entries.put(key, entry);
  }

  private void evictSoonestExpiring(int count) {
    List<Map.Entry<TokenFingerprint, Entry>> byExpiry = new ArrayList<>(entries.entrySet());
    byExpiry.sort(Comparator.comparing(e -> e.getValue().acceptedUntil()));
    byExpiry.stream().limit(count).forEach(e -> entries.remove(e.getKey(), e.getValue()));
  }
}
