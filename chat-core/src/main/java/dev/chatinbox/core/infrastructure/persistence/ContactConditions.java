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

  /**
   * A conversation is visible to a USER when its contact is (above), when it is assigned to them,
   * or when it belongs to one of their teams (#18: assigning gives visibility).
   */
  private static final String ASSIGNED_TO_USER =
      "c.assignee_id = ? OR c.team_id IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ?)";

  private ContactConditions() {}

  /**
   * Restricts conversations ({@code c}, joined to their contact {@code ct}) to those the user may
   * see: contact owned, followed or unowned, or the conversation assigned to them or their team.
   */
  static void visibleConversationRow(SqlWhere where, Visibility visibility) {
    visibility
        .restrictedTo()
        .ifPresent(
            user -> where.and(VISIBLE_TO_USER + " OR " + ASSIGNED_TO_USER, user, user, user, user));
  }

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
                        + ")) OR "
                        + ASSIGNED_TO_USER,
                    user,
                    user,
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
   * PostgreSQL: the words of the conversation's contact ({@code conversation_search.contact_words},
   * V10) match the text as typed — every word, the last one as a prefix, a phone fragment by its
   * digits, accents and case folded; text without a word falls back to {@link #containsText}. Needs
   * the conversation aliased {@code c} (and the contact {@code ct} for the fallback).
   */
  static void contactWordsMatch(SqlWhere where, String text) {
    if (!hasWords(text)) {
      containsText(where, text);
      return;
    }
    // run with hash and merge joins off (SqlConversationCards): the planner hashed the whole
    // conversations table for the count of a name's matches (bench B1 search: 12 statements/s)
    where.and(
        "c.id IN (SELECT s.conversation_id FROM conversation_search s"
            + " WHERE s.contact_words @@ chat_search_query(CAST(? AS TEXT), TRUE, CAST(? AS TEXT)))",
        text,
        digitsOrEmpty(text));
  }

  /** {@link #phoneDigits}, or "" (no phone fragment) as {@code chat_search_query} takes it. */
  static String digitsOrEmpty(String text) {
    String digits = phoneDigits(text);
    return digits == null ? "" : digits;
  }

  /**
   * Whether the text holds a word to look up in the words of contacts and messages (PostgreSQL's
   * {@code conversation_search}); text of punctuation only ({@code %}, {@code '}) is matched as a
   * substring of contact data instead.
   */
  static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * The digits of a phone fragment ({@code (415) 555} → {@code 415555}), or null for other text.
   */
  static String phoneDigits(String text) {
    String digits = PhoneNumbers.digits(text);
    return PHONE_LIKE.matcher(text).matches() && digits.length() >= MIN_PHONE_DIGITS
        ? digits
        : null;
  }

  /**
   * The LIKE patterns a search text stands for: its lower case, and the digits of a phone fragment.
   */
  static List<String> likePatterns(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String digits = phoneDigits(text);
    if (digits != null && !digits.equals(lower)) {
      return List.of(SqlLike.containing(lower), SqlLike.containing(digits));
    }
    return List.of(SqlLike.containing(lower));
  }
}
