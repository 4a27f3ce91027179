package dev.chatinbox.core.infrastructure.persistence;

/**
 * Builds LIKE patterns from user text, so that {@code %}, {@code _} and {@code \} match literally.
 */
final class SqlLike {
  /** The escape character every pattern from here declares with {@code ESCAPE '\'}. */
  static final String ESCAPE_CLAUSE = " ESCAPE '\\'";

  private SqlLike() {}

  /** {@code %text%} with LIKE metacharacters escaped. */
  static String containing(String text) {
    return "%" + startingWith(text);
  }

  /** {@code text%} with LIKE metacharacters escaped. */
  static String startingWith(String text) {
    StringBuilder pattern = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' || c == '_' || c == '\\') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
