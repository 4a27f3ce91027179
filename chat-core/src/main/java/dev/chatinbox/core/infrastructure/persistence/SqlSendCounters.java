package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.spi.SendCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Send counters in table {@code send_counters} (V8), one row per scope and period.
 *
 * <p>Every send of a user goes through the same row, so how long its lock is held decides how many
 * sends of one user the cluster accepts a second. Called outside a transaction (as {@code
 * SendQuota} does), a count is one statement on a pooled connection in auto-commit: on PostgreSQL
 * an upsert that returns the new count, whose commit does not wait for the WAL flush ({@code
 * synchronous_commit} off for it alone) — the row is locked for the statement only, inside the
 * database. (It was a JTA transaction of its own: the lock then lasted until the transaction
 * manager's commit came back, and on a busy machine a descheduled thread holding it stalled every
 * other send of the user — bench/CAUSES.md, B3.) A crash may forget the last few counts of a rate
 * limit, never a message. Inside a transaction the same statements run on the transaction's
 * connection. On the embedded database: an UPDATE that takes the row lock, an INSERT when the
 * period's row does not exist yet (a racing node's INSERT wins, ours then updates), then the count
 * read back — in a local transaction of their own outside a JTA transaction.
 */
@ApplicationScoped
public class SqlSendCounters implements SendCounters {
  private static final String UPSERT =
      "WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true)),"
          + " counted AS (INSERT INTO send_counters (scope, period_start, sends) VALUES (?, ?, 1)"
          + " ON CONFLICT (scope, period_start) DO UPDATE SET sends = send_counters.sends + 1"
          + " RETURNING sends)"
          + " SELECT counted.sends FROM counted, relaxed";
  private static final String ADD =
      "UPDATE send_counters SET sends = sends + ? WHERE scope = ? AND period_start = ?";
  private static final String INSERT_FIRST =
      "INSERT INTO send_counters (scope, period_start, sends) VALUES (?, ?, 1) ON CONFLICT DO"
          + " NOTHING";
  private static final String COUNT =
      "SELECT sends FROM send_counters WHERE scope = ? AND period_start = ?";
  private static final String PRUNE = "DELETE FROM send_counters WHERE period_start < ?";

  private EntityManager em;
  private DataSource dataSource;
  private volatile DatabaseDialect dialect;

  protected SqlSendCounters() {}

  /** Counters on {@code em}'s transactions only (tests that wire by hand). */
  public SqlSendCounters(EntityManager em) {
    this(em, null);
  }

  @Inject
  public SqlSendCounters(EntityManager em, DataSource dataSource) {
    this.em = em;
    this.dataSource = dataSource;
  }

  @Override
  public int increment(String scope, Instant periodStart) {
    OffsetDateTime period = periodStart.atOffset(ZoneOffset.UTC);
    return on(
        connection -> {
          if (dialect() == DatabaseDialect.POSTGRESQL) {
            return count(connection, UPSERT, scope, period);
          }
          if (update(connection, ADD, 1, scope, period) == 0
              && update(connection, INSERT_FIRST, null, scope, period) == 0) {
            update(connection, ADD, 1, scope, period); // a racing node inserted it first
          }
          return count(connection, COUNT, scope, period);
        });
  }

  @Override
  public void takeBack(String scope, Instant periodStart) {
    OffsetDateTime period = periodStart.atOffset(ZoneOffset.UTC);
    on(connection -> update(connection, ADD, -1, scope, period));
  }

  @Override
  public int pruneBefore(Instant time) {
    return on(connection -> update(connection, PRUNE, null, time.atOffset(ZoneOffset.UTC)));
  }

  private interface Work {
    int run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} on the caller's transaction when there is one, else on a connection of its
   * own: in auto-commit on PostgreSQL (one statement each), in a local transaction on the embedded
   * database (several).
   */
  private int on(Work work) {
    try {
      if (dataSource == null || em.isJoinedToTransaction()) {
        return work.run(em.unwrap(Connection.class)); // the transaction's: not closed here
      }
      try (Connection own = dataSource.getConnection()) {
        if (dialect() == DatabaseDialect.POSTGRESQL) {
          own.setAutoCommit(true);
          return work.run(own);
        }
        own.setAutoCommit(false);
        try {
          int result = work.run(own);
          own.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          own.rollback();
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("send counters: " + e.getMessage(), e);
    }
  }

  private DatabaseDialect dialect() {
    DatabaseDialect known = dialect;
    if (known == null) {
      known = DatabaseDialect.of(em);
      dialect = known;
    }
    return known;
  }

  /** Executes {@code sql} with {@code first} (when not null) before {@code values}. */
  private static int update(Connection connection, String sql, Integer first, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, first, values);
      return statement.executeUpdate();
    }
  }

  private static int count(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, null, values);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static void bind(PreparedStatement statement, Integer first, Object... values)
      throws SQLException {
    int i = 1;
    if (first != null) {
      statement.setInt(i++, first);
    }
    for (Object value : List.of(values)) {
      statement.setObject(i++, value);
    }
  }
}
