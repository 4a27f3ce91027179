package dev.chatinbox.api.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a compact token: what the server keys a verified token by, so that the token
 * itself is never a key that a cache listing, a trace or a heap dump could show. 256 bits, compared
 * as four longs; {@link #toString()} is the hexadecimal digest.
 */
record TokenFingerprint(long a, long b, long c, long d) {

  static TokenFingerprint of(String token) {
    try {
      ByteBuffer digest =
          ByteBuffer.wrap(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
      return new TokenFingerprint(
          digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  @Override
  public String toString() {
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits(a) + hex.toHexDigits(b) + hex.toHexDigits(c) + hex.toHexDigits(d);
  }
}
