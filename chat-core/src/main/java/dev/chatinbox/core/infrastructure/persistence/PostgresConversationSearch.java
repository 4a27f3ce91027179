package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.conversation.ConversationRepository;

/**
 * Conversation search on PostgreSQL (spec 4.1) in one statement whose cost does not grow with how
 * common the searched words are (bench finding B6: ranking every message that contains "refund"
 * took 15 s on 2.2M messages).
 *
 * <p>Candidates come from three places, each read through an index and bounded:
 *
 * <ul>
 *   <li><b>contact data</b> containing the text (substring LIKE on {@code contacts.search_text},
 *       trigram GIN index), visible and filtered. They are ranked by word similarity plus message
 *       rank; when at least as many as asked hold the text as whole words (similarity 1, e.g. the
 *       3,000 Chens), only the most recent of those and the ones with matching messages can make
 *       the page, so only they are ranked ({@code word_similarity} costs ~12 µs a row);
 *   <li><b>message text</b>: the {@value ConversationRepository#NEWEST_MESSAGE_MATCHES} newest
 *       messages whose words ({@code messages.body_search}, V6_2) contain all words of the text,
 *       ranked with {@code ts_rank_cd}. How they are found depends on how common the words are
 *       lately, counted on the {@value #PROBE} newest messages: when at least {@value #COMMON} of
 *       them match, by walking messages newest first ({@code ix_messages_occurred}) until enough
 *       match, looking at the {@value #WALK} newest messages at most; otherwise from the word index
 *       ({@code ix_messages_body_search}), sorted by time. Either way a few thousand rows are read
 *       where ranking every match read hundreds of thousands. The choice is made on counted rows,
 *       not on the planner's estimate, which is far too low for words that go together ("coffee
 *       grinder": every message with one has the other);
 *   <li><b>misspelt names</b> (trigram word similarity ≥ {@value #MISSPELLING_SIMILARITY}), only
 *       when fewer conversations than asked contain the text literally: they would rank below those
 *       anyway, and a short name ("chen") is similar to thousands of others.
 * </ul>
 *
 * <p>Order: conversations whose contact data contains the text first, then by word similarity of
 * the contact plus message rank, then most recent first.
 *
 * <p>The statement is planned generically ({@link TimeLimitedSearch} sets {@code plan_cache_mode}):
 * its shape, not the values, decides the plan, so a plan cached on a connection fits every text,
 * and the planner does not spend ~12 ms per search estimating {@code <%} against the 1,000-entry
 * statistics of {@code search_text}. {@code OFFSET 0} keeps a subquery as written: a contact's
 * conversations looked up by {@code uq_conversations_contact_channel} (a generic plan would scan
 * them all), the recent contact matches sorted before their similarity is computed.
 */
final class PostgresConversationSearch {
  /** How many of the newest messages are checked to tell a common text from a rare one. */
  static final int PROBE = 1000;

  /** Matches among the {@link #PROBE} newest messages from which a text counts as common (1%). */
  static final int COMMON = 10;

  /** Most messages a common text's walk looks at (newest first). */
  static final int WALK = 50_000;

  /** Word similarity from which a name counts as a misspelling of the search text. */
  static final double MISSPELLING_SIMILARITY = 0.4;

  private static final String SQL =
      """
      -- how many of the newest messages match: a common or a rare text
      WITH probe AS MATERIALIZED (
        SELECT count(*) AS matches
        FROM (SELECT m.body_search FROM messages m
              ORDER BY m.occurred_at DESC, m.id DESC LIMIT {probe}) recent
        WHERE recent.body_search @@ {words}),
      -- a rare text: all its matches, from the word index
      rare AS MATERIALIZED (
        SELECT m.conversation_id, m.body_search, m.occurred_at, m.id FROM messages m
        WHERE m.body_search @@ {words} AND (SELECT matches FROM probe) < {common}),
      -- the newest matches (walked, or the newest rare ones), best rank per conversation
      hits AS MATERIALIZED (
        SELECT h.conversation_id, MAX(ts_rank_cd(h.body_search, {words})) AS rank
        FROM ((SELECT r.conversation_id, r.body_search
               FROM (SELECT m.conversation_id, m.body_search, m.occurred_at, m.id FROM messages m
                     ORDER BY m.occurred_at DESC, m.id DESC LIMIT {walk}) r
               WHERE r.body_search @@ {words} AND (SELECT matches FROM probe) >= {common}
               ORDER BY r.occurred_at DESC, r.id DESC LIMIT {newest})
              UNION ALL
              (SELECT rare.conversation_id, rare.body_search FROM rare
               ORDER BY rare.occurred_at DESC, rare.id DESC LIMIT {newest})) h
        GROUP BY h.conversation_id),
      -- visible conversations whose contact data contains the text
      contact_matches AS MATERIALIZED (
        SELECT c.*, ct.search_text
        FROM contacts ct
        CROSS JOIN LATERAL (SELECT * FROM conversations c WHERE c.contact_id = ct.id OFFSET 0) c
        {where} ({contactMatch})),
      -- the most recent of them whose contact data holds the text as whole words
      whole_words AS MATERIALIZED (
        SELECT recent.id
        FROM (SELECT cm.id, cm.search_text FROM contact_matches cm
              ORDER BY cm.sort_at DESC, cm.id DESC OFFSET 0) recent
        WHERE word_similarity({text}, recent.search_text) = 1
        LIMIT {max}),
      -- first tier, ranked: all of them, or the whole-word ones and those with message matches
      named AS MATERIALIZED (
        SELECT cm.*, word_similarity({text}, cm.search_text) + COALESCE(hits.rank, 0) AS score
        FROM contact_matches cm LEFT JOIN hits ON hits.conversation_id = cm.id
        WHERE (SELECT count(*) FROM whole_words) < {max}
          OR hits.conversation_id IS NOT NULL
          OR cm.id IN (SELECT whole_words.id FROM whole_words)
        ORDER BY score DESC, cm.sort_at DESC, cm.id DESC
        LIMIT {max}),
      -- second tier, when the first does not fill the page: message matches, misspelt names
      others AS MATERIALIZED (
        SELECT * FROM (
          SELECT c.*, ct.search_text, word_similarity({text}, ct.search_text) + hits.rank AS score
          FROM hits JOIN conversations c ON c.id = hits.conversation_id
          JOIN contacts ct ON ct.id = c.contact_id
          {where} NOT ({contactMatch})
          UNION ALL
          SELECT c.*, ct.search_text, word_similarity({text}, ct.search_text)
          FROM contacts ct
          CROSS JOIN LATERAL (SELECT * FROM conversations c WHERE c.contact_id = ct.id OFFSET 0) c
          {where} {text} <% ct.search_text AND NOT ({contactMatch})
            AND NOT EXISTS (SELECT 1 FROM hits WHERE hits.conversation_id = c.id)) found
        WHERE (SELECT count(*) FROM named) < {max}
        ORDER BY found.score DESC, found.sort_at DESC, found.id DESC
        LIMIT {max})
      SELECT * FROM ((SELECT 1 AS tier, named.* FROM named)
                     UNION ALL
                     (SELECT 0 AS tier, others.* FROM others)) found
      ORDER BY found.tier DESC, found.score DESC, found.sort_at DESC, found.id DESC
      LIMIT {max}
      """;

  private PostgresConversationSearch() {}

  /**
   * The statement, to run with {@link TimeLimitedSearch}. {@code where} is a rendered {@link
   * SqlWhere} on {@code c} and {@code ct} (it is written in several places, with the same
   * placeholders); {@code contactMatch} the LIKE condition on {@code ct.search_text}; {@code text}
   * and {@code max} the placeholders of the lower-case text and the number of results.
   */
  static String statement(String where, String contactMatch, int text, int max) {
    return SQL.replace("{where}", where.isEmpty() ? "WHERE" : where + " AND")
        .replace("{contactMatch}", contactMatch)
        .replace("{words}", "(SELECT plainto_tsquery('simple', ?" + text + "))")
        .replace("{text}", "?" + text)
        .replace("{max}", "?" + max)
        .replace("{probe}", String.valueOf(PROBE))
        .replace("{common}", String.valueOf(COMMON))
        .replace("{walk}", String.valueOf(WALK))
        .replace("{newest}", String.valueOf(ConversationRepository.NEWEST_MESSAGE_MATCHES));
  }
}
