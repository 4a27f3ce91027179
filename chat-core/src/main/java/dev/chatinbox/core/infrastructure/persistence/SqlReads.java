package dev.chatinbox.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Native SQL for the read models, by JDBC, straight into rows: no managed entity, no persistence
 * context, no JTA transaction. Where the statements run:
 *
 * <ul>
 *   <li>inside {@link #within} (a {@link dev.chatinbox.core.application.view.Read} use case): on
 *       the one connection taken for the whole read — a read that ran each statement on its own
 *       pooled connection was measured slower than one in a JTA transaction (bench/README.md);
 *   <li>inside a transaction (a view answered right after a write): on the transaction's own
 *       connection, after its pending writes are flushed, so the view shows them;
 *   <li>otherwise on a connection of its own for that statement.
 * </ul>
 */
@ApplicationScoped
public class SqlReads implements NativeRows {
  private static final ThreadLocal<Connection> READ_CONNECTION = new ThreadLocal<>();

  private EntityManager em;
  private DataSource dataSource;
  private volatile DatabaseDialect dialect;

  protected SqlReads() {}

  @Inject
  public SqlReads(EntityManager em, DataSource dataSource) {
    this.em = em;
    this.dataSource = dataSource;
  }

  /** Runs {@code read} with every statement of this class on one connection. */
  public <T> T within(Supplier<T> read) {
    if (READ_CONNECTION.get() != null || em.isJoinedToTransaction()) {
      return read.get();
    }
    try (Connection connection = dataSource.getConnection()) {
      READ_CONNECTION.set(connection);
      try {
        return read.get();
      } finally {
        READ_CONNECTION.remove();
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not read from the database", e);
    }
  }

  /**
   * The rows of {@code sql}, whose placeholders are numbered ({@code ?1 … ?n}, as in JPA native
   * queries, a number may be repeated) and take {@code values} by their numbers.
   */
  @Override
  public List<Object[]> rows(String sql, List<?> values) {
    Connection bound = READ_CONNECTION.get();
    if (bound != null) {
      return run(bound, sql, values);
    }
    if (em.isJoinedToTransaction()) {
      em.flush();
      return run(em.unwrap(Connection.class), sql, values); // the transaction's: not closed here
    }
    try (Connection own = dataSource.getConnection()) {
      return run(own, sql, values);
    } catch (SQLException e) {
      throw new PersistenceException("could not read from the database", e);
    }
  }

  /**
   * The rows of {@code sql} as {@link #rows}, run with PostgreSQL settings local to it (names to
   * values for {@code set_config}, e.g. {@code statement_timeout}): on a read's own connection in a
   * short transaction of its own, which ends with the statement and takes the settings with it;
   * inside a caller's transaction, set before and reset right after the statement (a cancelled
   * statement aborts that transaction, which undoes them too).
   *
   * @throws PersistenceException as {@link #rows}; its cause is the driver's {@link SQLException}
   *     (SQLState {@code 57014} when {@code statement_timeout} cancelled it)
   */
  public List<Object[]> rowsWithSettings(String sql, List<?> values, Map<String, String> settings) {
    Connection bound = READ_CONNECTION.get();
    if (bound != null) {
      return withSettings(bound, sql, values, settings);
    }
    if (em.isJoinedToTransaction()) {
      em.flush();
      Connection tx = em.unwrap(Connection.class);
      run(tx, settingsStatement(settings, false), List.of());
      List<Object[]> rows = run(tx, sql, values);
      run(tx, settingsStatement(settings, true), List.of());
      return rows;
    }
    try (Connection own = dataSource.getConnection()) {
      return withSettings(own, sql, values, settings);
    } catch (SQLException e) {
      throw new PersistenceException("could not read from the database", e);
    }
  }

  private static List<Object[]> withSettings(
      Connection connection, String sql, List<?> values, Map<String, String> settings) {
    try {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      boolean done = false;
      try {
        run(connection, settingsStatement(settings, false), List.of());
        List<Object[]> rows = run(connection, sql, values);
        connection.commit();
        done = true;
        return rows;
      } finally {
        if (!done) {
          connection.rollback();
        }
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new PersistenceException("read failed: " + e.getMessage(), e);
    }
  }

  /** {@code SELECT set_config(name, value, true), …}: the values, or NULL (reset) when undoing. */
  private static String settingsStatement(Map<String, String> settings, boolean reset) {
    StringBuilder sql = new StringBuilder("SELECT 1");
    settings.forEach(
        (name, value) -> {
          if (!name.matches("[a-z_.]+") || !value.matches("[A-Za-z0-9_.]+")) {
            throw new IllegalArgumentException("not a plain setting: " + name + " = " + value);
          }
          sql.append(", set_config('")
              .append(name)
              .append("', ")
              .append(reset ? "NULL" : "'" + value + "'")
              .append(", true)");
        });
    return sql.toString();
  }

  @Override
  public DatabaseDialect dialect() {
    DatabaseDialect known = dialect;
    if (known == null) {
      known = DatabaseDialect.of(em);
      dialect = known;
    }
    return known;
  }

  private static List<Object[]> run(Connection connection, String sql, List<?> values) {
    List<Object> bind = new ArrayList<>();
    String jdbc = positional(sql, values, bind);
    try (PreparedStatement statement = connection.prepareStatement(jdbc)) {
      for (int i = 0; i < bind.size(); i++) {
        statement.setObject(i + 1, bind.get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = rs.getObject(c + 1);
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new PersistenceException("read failed: " + e.getMessage(), e);
    }
  }

  /** {@code ?1, ?2, … ?n}: numbered placeholders for {@code n} values. */
  static String placeholders(int n) {
    StringBuilder sql = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sql.append(i == 1 ? "?" : ", ?").append(i);
    }
    return sql.toString();
  }

  /**
   * {@code sql} with JDBC's plain {@code ?} for each numbered placeholder, and in {@code bind} the
   * value of each in the order they appear.
   */
  static String positional(String sql, List<?> values, List<Object> bind) {
    StringBuilder out = new StringBuilder(sql.length());
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '?' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
        int end = i + 1;
        while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
          end++;
        }
        bind.add(values.get(Integer.parseInt(sql, i + 1, end, 10) - 1));
        out.append('?');
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
