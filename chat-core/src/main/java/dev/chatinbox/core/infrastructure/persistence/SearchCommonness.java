package dev.chatinbox.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a search text is common in the contact words and in the message words of {@code
 * conversation_search} (PostgreSQL, V10: {@code chat_search_common}, from the columns' word
 * statistics, a few ms of PostgreSQL CPU), remembered per text for {@value #MINUTES} minutes —
 * statistics change with ANALYZE, not per search, and a text typed once is typed again by the next
 * keystroke's prefix or the next user.
 *
 * <p>A text common in a column is found by walking conversations newest first until enough match; a
 * rare one by taking its matches from the GIN index and sorting them: the search ({@link
 * SqlConversationSearch}) and the list's {@code ?search=} ({@link SqlConversationCards}) choose
 * their statement's shape from it.
 */
@ApplicationScoped
public class SearchCommonness {
  /** How long a text's commonness is remembered. */
  static final long MINUTES = 10;

  private static final int MAX_REMEMBERED = 10_000;

  /** Whether a text is common in each column, and when that was read. */
  record Commonness(boolean contact, boolean message, long at) {}

  private final Map<String, Commonness> remembered = new ConcurrentHashMap<>();
  private SqlReads sql;

  protected SearchCommonness() {}

  @Inject
  public SearchCommonness(SqlReads sql) {
    this.sql = sql;
  }

  /** The commonness of {@code text} (PostgreSQL only). */
  Commonness of(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT);
    long now = System.nanoTime();
    Commonness known = remembered.get(key);
    if (known != null && now - known.at() < MINUTES * 60_000_000_000L) {
      return known;
    }
    Object[] row =
        sql.rows(
                "SELECT chat_search_common('contact_words', CAST(?1 AS TEXT)),"
                    + " chat_search_common('message_words', CAST(?1 AS TEXT))",
                List.of(text))
            .get(0);
    Commonness fresh = new Commonness(NativeValues.bool(row[0]), NativeValues.bool(row[1]), now);
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    remembered.put(key, fresh);
    return fresh;
  }
}
