package dev.chatinbox.core.domain.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the conversation list ended: the sort key {@code (sortAt, id)} of its last row.
 * The next page starts strictly after it, so its cost does not grow with depth (keyset paging) and
 * rows moving meanwhile are neither repeated nor skipped. On the wire it is an opaque token.
 *
 * @param sortAt the last row's sort instant
 * @param id the last row's id (tie-breaker)
 */
public record ConversationCursor(Instant sortAt, UUID id) {
  private static final String VERSION = "c1";

  /** The opaque token: URL-safe Base64 of {@code c1:<epoch second>:<nano>:<id>}. */
  public String encode() {
    String raw = VERSION + ":" + sortAt.getEpochSecond() + ":" + sortAt.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Reads a token made by {@link #encode()}.
   *
   * @throws IllegalArgumentException when the token is not one of ours
   */
  public static ConversationCursor decode(String token) {
    if (token == null || token.length() > 120) {
      throw new IllegalArgumentException("not a cursor of this list");
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
      String[] parts = raw.split(":", -1);
      if (parts.length != 4 || !parts[0].equals(VERSION)) {
        throw new IllegalArgumentException("not a cursor of this list");
      }
      return new ConversationCursor(
          Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
          UUID.fromString(parts[3]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a cursor of this list", e);
    }
  }
}
