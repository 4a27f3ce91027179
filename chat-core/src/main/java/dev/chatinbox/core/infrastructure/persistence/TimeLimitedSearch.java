package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.shared.TemporarilyUnavailableException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs the PostgreSQL search statement ({@link PostgresConversationSearch}) with the settings it
 * needs, local to it: the misspelling threshold of {@code <%}, generic planning, and a {@code
 * statement_timeout} past which PostgreSQL cancels it, so that a search the database cannot serve
 * in time (overload, an unforeseen plan) gives up instead of holding a connection and a core.
 *
 * <p>The settings are transaction-local ({@code set_config(…, true)}), set just before the
 * statement and reset to the server's defaults just after it, so the other statements of the
 * request run as usual; a cancelled statement aborts the transaction, which undoes them too.
 */
final class TimeLimitedSearch {
  /** SQLState of a statement cancelled by {@code statement_timeout} (or a cancel request). */
  static final String QUERY_CANCELED = "57014";

  private TimeLimitedSearch() {}

  /**
   * Runs {@code search} within {@code timeLimit}; needs a transaction.
   *
   * @throws TemporarilyUnavailableException when PostgreSQL cancelled the statement
   */
  static <T> T run(EntityManager em, Duration timeLimit, Supplier<T> search) {
    // transaction-local settings need the statements on the transaction's connection, but
    // EclipseLink reads on a pooled connection of its own until the first write: asking for the
    // connection makes it begin the database transaction now (once) and run the rest there
    em.unwrap(Connection.class);
    em.createNativeQuery(
            "SELECT set_config('pg_trgm.word_similarity_threshold', ?1, true),"
                + " set_config('plan_cache_mode', 'force_generic_plan', true),"
                + " set_config('statement_timeout', ?2, true)")
        .setParameter(1, String.valueOf(PostgresConversationSearch.MISSPELLING_SIMILARITY))
        .setParameter(2, String.valueOf(Math.max(1, timeLimit.toMillis())))
        .getSingleResult();
    T result;
    try {
      result = search.get();
    } catch (PersistenceException e) {
      if (cancelled(e)) {
        throw new TemporarilyUnavailableException(
            "The search did not finish within "
                + timeLimit.toMillis()
                + " ms; try again shortly or search for something more specific",
            timeLimit);
      }
      throw e;
    }
    em.createNativeQuery(
            "SELECT set_config('pg_trgm.word_similarity_threshold', NULL, true),"
                + " set_config('plan_cache_mode', NULL, true),"
                + " set_config('statement_timeout', NULL, true)")
        .getSingleResult();
    return result;
  }

  /** Whether PostgreSQL cancelled the statement (SQLState 57014): somewhere in the cause chain. */
  static boolean cancelled(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
