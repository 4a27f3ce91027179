package dev.chatinbox.core.domain.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifier generation: time-ordered UUID version 7 (RFC 9562), so new rows land at the end of
 * B-tree indexes instead of splitting pages all over them.
 */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** A new version-7 UUID for the current time. */
  public static UUID newId() {
    return newId(Clock.systemUTC().millis());
  }

  /** A new version-7 UUID whose timestamp part is {@code epochMillis}. */
  public static UUID newId(long epochMillis) {
    long randA = RANDOM.nextInt() & 0x0FFFL;
    long msb = ((epochMillis & 0xFFFF_FFFF_FFFFL) << 16) | (0x7L << 12) | randA;
    long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }

  /** Parses an id from the API; anything that is not a UUID yields empty (callers answer 404). */
  public static Optional<UUID> parse(String value) {
    if (value == null || value.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
