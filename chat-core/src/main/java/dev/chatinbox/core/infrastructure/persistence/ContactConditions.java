package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.contact.PhoneNumbers;
import dev.chatinbox.core.domain.conversation.Visibility;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SQL conditions on a contact row aliased {@code ct}, shared by every query that lists contacts or
 * their conversations: who may see it, and whether it matches a search text.
 */
final class ContactConditions {
  private static final Pattern PHONE_LIKE = Pattern.compile("[0-9+()\\s.\\-]+");
  private static final int MIN_PHONE_DIGITS = 3;
  private static final String VISIBLE_TO_USER =
      "ct.owner_id = ? OR ct.owner_id IS NULL OR EXISTS "
          + "(SELECT 1 FROM contact_followers f WHERE f.contact_id = ct.id AND f.user_id = ?)";

  private ContactConditions() {}

  /** Restricts to contacts the user owns, follows or nobody owns, when visibility is restricted. */
  static void visible(SqlWhere where, Visibility visibility) {
    visibility.restrictedTo().ifPresent(user -> where.and(VISIBLE_TO_USER, user, user));
  }

  /**
   * The same restriction for a statement on {@code conversations c} without a join (one that locks
   * the conversation row: {@code FOR UPDATE} over a join would lock the contact too, and H2 refuses
   * it).
   */
  static void visibleConversation(SqlWhere where, Visibility visibility) {
    visibility
        .restrictedTo()
        .ifPresent(
            user ->
                where.and(
                    "EXISTS (SELECT 1 FROM contacts ct WHERE ct.id = c.contact_id AND ("
                        + VISIBLE_TO_USER
                        + "))",
                    user,
                    user));
  }

  /**
   * Name, username, emails or phones contain the text (case-insensitive; LIKE metacharacters
   * literal); a phone fragment also matches by its digits.
   */
  static void containsText(SqlWhere where, String text) {
    List<String> patterns = likePatterns(text);
    where.and(
        String.join(
            " OR ",
            Collections.nCopies(patterns.size(), "ct.search_text LIKE ?" + SqlLike.ESCAPE_CLAUSE)),
        patterns.toArray());
  }

  /**
   * The LIKE patterns a search text stands for: its lower case, and the digits of a phone fragment.
   */
  static List<String> likePatterns(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String digits = PhoneNumbers.digits(text);
    if (PHONE_LIKE.matcher(text).matches()
        && digits.length() >= MIN_PHONE_DIGITS
        && !digits.equals(lower)) {
      return List.of(SqlLike.containing(lower), SqlLike.containing(digits));
    }
    return List.of(SqlLike.containing(lower));
  }
}
