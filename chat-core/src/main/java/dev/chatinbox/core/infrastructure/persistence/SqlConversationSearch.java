package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.application.conversation.ConversationCards.ConversationCard;
import dev.chatinbox.core.application.conversation.ConversationMatches;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.TemporarilyUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ConversationMatches} by JDBC ({@link SqlReads}).
 *
 * <p><b>PostgreSQL</b> reads {@code conversation_search} (V10): one row per conversation with the
 * words of its contact and of all its messages, each in a GIN index, and the conversation's {@code
 * sort_at}, kept current by triggers in the transaction of every message, conversation and contact
 * write. Every word of the text must match, the last one also as a prefix (the word being typed); a
 * phone fragment also matches by its digits (every digit suffix of a number is a word); accents and
 * case are folded ({@code chat_search}: unaccent + simple). A search never reads a message row.
 *
 * <p>Candidates: the {@value #CANDIDATES} most recent visible conversations whose contact words
 * match, and as many as asked whose message words match. Each set is found the cheaper of two ways,
 * chosen per search from the column's word statistics ({@code chat_search_common}): a text rare in
 * the column takes its matches from the GIN index, newest first by the row's {@code sort_at}, and
 * reads their conversations and contacts only until enough are visible; a common one walks the
 * conversations newest first (the list's own indexes, the filters applied there) until enough
 * match. The statement's shape fixes its plan — generic, nested loops only — instead of the
 * planner's guess, which was measured wrong both ways. The visibility rule is a {@code WHERE}
 * clause inside each set. Ranked by where the text was found (contact words exactly 4, as a prefix
 * 3, plus 1 for message words), then most recent first; misspelt names (trigram word similarity)
 * fill up when the words find fewer than asked.
 *
 * <p>Text without a letter or digit ({@code %}, {@code '}) matches contact data as a substring
 * (trigram index), most recent first.
 *
 * <p>The statement runs under {@code statement_timeout} in a transaction of its own: past the time
 * limit PostgreSQL cancels it and the caller gets {@link TemporarilyUnavailableException}.
 *
 * <p><b>H2</b> (the embedded database): substring of contact data or of any message body, contact
 * matches first, then most recent; no time limit.
 */
@ApplicationScoped
public class SqlConversationSearch implements ConversationMatches {
  /** Most recent conversations of each kind of match that are ranked. */
  static final int CANDIDATES = 200;

  /** SQLState of a statement cancelled by {@code statement_timeout}. */
  static final String QUERY_CANCELED = "57014";

  /**
   * The most recent visible matches of one column ({@code {name}}): from the index when the text is
   * rare in it, else by walking conversations newest first (through the list's own indexes, the
   * filters applied there) until enough match. Only one of the two runs: the other's one-time
   * filter is false.
   */
  private static final String BRANCH =
      """
      {name}_rare AS MATERIALIZED (
        SELECT s.conversation_id, s.sort_at FROM conversation_search s
        WHERE NOT (SELECT common.{name} FROM common)
          AND s.{name}_words @@ chat_search_query(CAST(?{q} AS TEXT), TRUE, CAST(?{d} AS TEXT))
        LIMIT {cap}),
      {name}_hits AS MATERIALIZED (
        (SELECT {columns}
         FROM (SELECT * FROM {name}_rare
               ORDER BY sort_at DESC NULLS LAST, conversation_id DESC) r
         CROSS JOIN LATERAL (
           SELECT c.* FROM conversations c WHERE c.id = r.conversation_id OFFSET 0) c{join}
         WHERE {filters} AND {visible}
         ORDER BY r.sort_at DESC NULLS LAST, r.conversation_id DESC LIMIT {candidates})
        UNION ALL
        (SELECT {columns}
         FROM (SELECT c.* FROM conversations c WHERE (SELECT common.{name} FROM common) AND {filters}
               ORDER BY c.sort_at DESC, c.id DESC LIMIT {walk}) c{join}
         CROSS JOIN LATERAL (
           SELECT 1 FROM conversation_search s WHERE s.conversation_id = c.id
             AND s.{name}_words @@ chat_search_query(CAST(?{q} AS TEXT), TRUE, CAST(?{d} AS TEXT))
           OFFSET 0) s
         WHERE {visible}
         LIMIT {candidates}))""";

  private static final String POSTGRES =
      """
      WITH common AS MATERIALIZED (
        SELECT CAST(?4 AS BOOLEAN) AS contact, CAST(?5 AS BOOLEAN) AS message),
      {contactBranch},
      {messageBranch},
      -- misspelt names, only when the words found fewer than asked
      misspelt AS MATERIALIZED (
        SELECT {columns}, word_similarity(CAST(?{q} AS TEXT), ct.search_text) AS similarity
        FROM contacts ct JOIN conversations c ON c.contact_id = ct.id
        WHERE (SELECT count(*) FROM contact_hits) + (SELECT count(*) FROM message_hits) < ?{max}
          AND CAST(?{q} AS TEXT) <% ct.search_text AND {filters} AND {visible}
        ORDER BY similarity DESC, c.sort_at DESC, c.id DESC
        LIMIT ?{max})
      SELECT found.*, r.score
      FROM (SELECT hits.*, 0.0 AS similarity
            FROM (SELECT * FROM contact_hits UNION SELECT * FROM message_hits) hits
            UNION ALL
            SELECT * FROM misspelt
            WHERE misspelt.id NOT IN (SELECT id FROM contact_hits UNION ALL SELECT id FROM message_hits)
           ) found
      CROSS JOIN LATERAL (
        SELECT CASE WHEN s.contact_words @@ chat_search_query(CAST(?{q} AS TEXT), FALSE, CAST(?{d} AS TEXT)) THEN 4
                    WHEN s.contact_words @@ chat_search_query(CAST(?{q} AS TEXT), TRUE, CAST(?{d} AS TEXT)) THEN 3
                    ELSE 0 END
               + CASE WHEN s.message_words @@ chat_search_query(CAST(?{q} AS TEXT), TRUE, CAST(?{d} AS TEXT))
                      THEN 1 ELSE 0 END AS score
        FROM conversation_search s WHERE s.conversation_id = found.id OFFSET 0) r
      ORDER BY r.score DESC, found.similarity DESC, found.sort_at DESC, found.id DESC
      LIMIT ?{max}""";

  /** Word similarity from which a name counts as a misspelling of the search text. */
  static final double MISSPELLING_SIMILARITY = 0.4;

  /** Most matches of a rare text read from the index (a bound for stale statistics). */
  static final int RARE_CAP = 20_000;

  /** Most conversations a common text's walk looks at, newest first. */
  static final int WALK = 100_000;

  /** How long a text's commonness is remembered. */
  static final long COMMONNESS_MINUTES = 10;

  private static final int MAX_REMEMBERED = 10_000;

  private final Map<String, Commonness> commonness = new ConcurrentHashMap<>();
  private SqlReads sql;

  protected SqlConversationSearch() {}

  @Inject
  public SqlConversationSearch(SqlReads sql) {
    this.sql = sql;
  }

  @Override
  public List<ConversationCard> matching(
      ConversationCriteria criteria, Visibility visibility, int limit, Duration timeLimit) {
    String text =
        criteria.search().orElseThrow(() -> new IllegalArgumentException("search text required"));
    SqlWhere filters = new SqlWhere();
    ConversationConditions.filters(filters, criteria);
    SqlWhere visible = new SqlWhere();
    ContactConditions.visibleConversationRow(visible, visibility);
    boolean postgres = sql.dialect() == DatabaseDialect.POSTGRESQL;
    if (!postgres || !ContactConditions.hasWords(text)) {
      SqlWhere where = filters.copy();
      ContactConditions.visibleConversationRow(where, visibility);
      return substring(where, text, limit, postgres, timeLimit);
    }
    List<Object> values = new ArrayList<>();
    values.add(text);
    values.add(ContactConditions.digitsOrEmpty(text));
    values.add(limit);
    Commonness common = commonness(text);
    values.add(common.contact());
    values.add(common.message());
    values.addAll(filters.values());
    values.addAll(visible.values());
    return cards(
        timeLimited(
            statement(filters, visible, visibility.restrictedTo().isPresent(), limit),
            values,
            timeLimit));
  }

  /**
   * The PostgreSQL statement: its values are the text ({@code ?1}), the digits of a phone fragment
   * or "" ({@code ?2}), the number of results ({@code ?3}), whether the text is common in the
   * contact words and in the message words ({@code ?4}, {@code ?5}), then those of {@code filters}
   * and of {@code visible}.
   */
  static String statement(SqlWhere filters, SqlWhere visible, boolean restricted, int limit) {
    return POSTGRES
        .replace("{contactBranch}", branch("contact", CANDIDATES))
        .replace("{messageBranch}", branch("message", limit))
        .replace("{join}", restricted ? " JOIN contacts ct ON ct.id = c.contact_id" : "")
        .replace("{filters}", filters.conditions(6))
        .replace("{visible}", visible.conditions(6 + filters.size()))
        .replace(
            "{columns}", SqlConversationCards.CONVERSATION_COLUMNS.substring("SELECT ".length()))
        .replace("{cap}", String.valueOf(RARE_CAP))
        .replace("{walk}", String.valueOf(WALK))
        .replace("{q}", "1")
        .replace("{d}", "2")
        .replace("{max}", "3");
  }

  /**
   * Whether the text is common in each column ({@code chat_search_common}: the column's word
   * statistics, a few ms of PostgreSQL CPU), remembered per text for {@value #COMMONNESS_MINUTES}
   * minutes — statistics change with ANALYZE, not per search, and a text typed once is typed again
   * by the next keystroke's prefix or the next user.
   */
  private Commonness commonness(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT);
    long now = System.nanoTime();
    Commonness known = commonness.get(key);
    if (known != null && now - known.at() < COMMONNESS_MINUTES * 60_000_000_000L) {
      return known;
    }
    Object[] row =
        sql.rows(
                "SELECT chat_search_common('contact_words', CAST(?1 AS TEXT)),"
                    + " chat_search_common('message_words', CAST(?1 AS TEXT))",
                List.of(text))
            .get(0);
    Commonness fresh = new Commonness(NativeValues.bool(row[0]), NativeValues.bool(row[1]), now);
    if (commonness.size() >= MAX_REMEMBERED) {
      commonness.clear();
    }
    commonness.put(key, fresh);
    return fresh;
  }

  private record Commonness(boolean contact, boolean message, long at) {}

  private static String branch(String name, int candidates) {
    return BRANCH.replace("{name}", name).replace("{candidates}", String.valueOf(candidates));
  }

  /**
   * Contact data containing the text (PostgreSQL: text without words; H2: any text, or a message
   * body containing it), contact matches first, then most recent.
   */
  private List<ConversationCard> substring(
      SqlWhere where, String text, int limit, boolean postgres, Duration timeLimit) {
    List<String> patterns = ContactConditions.likePatterns(text);
    List<Object> values = new ArrayList<>(where.values());
    int like = values.size() + 1;
    values.addAll(patterns);
    int max = values.size() + 1;
    values.add(limit);
    StringBuilder contactMatch = new StringBuilder("(");
    for (int i = 0; i < patterns.size(); i++) {
      contactMatch
          .append(i == 0 ? "" : " OR ")
          .append("ct.search_text LIKE ?")
          .append(like + i)
          .append(SqlLike.ESCAPE_CLAUSE);
    }
    contactMatch.append(')');
    String rendered = where.render();
    String condition =
        postgres
            ? contactMatch.toString()
            : "("
                + contactMatch
                + " OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id"
                + " AND LOWER(m.body) LIKE ?"
                + like
                + SqlLike.ESCAPE_CLAUSE
                + "))";
    String statement =
        SqlConversationCards.CONVERSATION_COLUMNS
            + " FROM conversations c JOIN contacts ct ON ct.id = c.contact_id"
            + (rendered.isEmpty() ? " WHERE " : rendered + " AND ")
            + condition
            + (postgres
                ? " ORDER BY"
                : " ORDER BY CASE WHEN " + contactMatch + " THEN 0 ELSE 1 END,")
            + " c.sort_at DESC, c.id DESC LIMIT ?"
            + max;
    return cards(
        postgres ? timeLimited(statement, values, timeLimit) : sql.rows(statement, values));
  }

  private List<Object[]> timeLimited(String statement, List<Object> values, Duration timeLimit) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("statement_timeout", String.valueOf(Math.max(1, timeLimit.toMillis())));
    // the statement's shape fixes the plan (the walk or the index is chosen inside it): planned
    // once
    // per connection, not for every text
    settings.put("plan_cache_mode", "force_generic_plan");
    try {
      return sql.rowsWithSettings(statement, values, settings);
    } catch (PersistenceException e) {
      if (cancelled(e)) {
        throw new TemporarilyUnavailableException(
            String.format(
                Locale.ROOT,
                "The search did not finish within %d ms; try again shortly or search for something"
                    + " more specific",
                timeLimit.toMillis()),
            timeLimit);
      }
      throw e;
    }
  }

  private static List<ConversationCard> cards(List<Object[]> rows) {
    return rows.stream().map(SqlConversationCards::conversation).toList();
  }

  /** Whether PostgreSQL cancelled the statement (SQLState 57014): somewhere in the cause chain. */
  static boolean cancelled(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException e && QUERY_CANCELED.equals(e.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
