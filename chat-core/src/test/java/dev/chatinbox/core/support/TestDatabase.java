package dev.chatinbox.core.support;

import dev.chatinbox.core.infrastructure.persistence.migration.SchemaMigrator;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A fresh database per test class — PostgreSQL on the machine's server (no Docker here), or the
 * embedded H2 in PostgreSQL mode that the zero-setup default uses — migrated by the production
 * Flyway migrations, with an EclipseLink factory of the production persistence unit switched to
 * resource-local transactions. Counts the SQL statements it prepares.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String ADMIN_URL =
      System.getProperty(
          "chat.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

  private final String name;
  private final String url;
  private final AtomicInteger statements = new AtomicInteger();
  private final EntityManagerFactory emf;
  private final DataSource dataSource;

  private final boolean postgres;

  private TestDatabase(boolean postgres) throws SQLException {
    this.postgres = postgres;
    this.name = "chat_core_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (postgres) {
      try (Connection admin = DriverManager.getConnection(ADMIN_URL);
          Statement st = admin.createStatement()) {
        st.execute("CREATE DATABASE " + name);
      }
      this.url = ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    } else {
      this.url =
          "jdbc:h2:mem:"
              + name
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }
    this.dataSource = countingDataSource();
    SchemaMigrator.migrate(dataSource);
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", "");
    props.put("jakarta.persistence.nonJtaDataSource", dataSource);
    props.put(
        "eclipselink.target-database",
        postgres ? "PostgreSQL" : "org.eclipse.persistence.platform.database.H2Platform");
    this.emf = Persistence.createEntityManagerFactory("chat", props);
  }

  /** A fresh database on the machine's PostgreSQL. */
  public static TestDatabase postgres() throws SQLException {
    return new TestDatabase(true);
  }

  /** A fresh in-memory H2 database in PostgreSQL mode (the embedded default's engine). */
  public static TestDatabase h2() throws SQLException {
    return new TestDatabase(false);
  }

  public EntityManagerFactory emf() {
    return emf;
  }

  /** The pool the entity managers use, as the server's data source: its statements are counted. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A direct connection (not counted), for assertions and EXPLAIN. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** Statements prepared through the persistence unit since the last reset. */
  public int statementCount() {
    return statements.get();
  }

  public void resetStatementCount() {
    statements.set(0);
  }

  @Override
  public void close() throws SQLException {
    emf.close();
    if (!postgres) {
      try (Connection c = DriverManager.getConnection(url);
          Statement st = c.createStatement()) {
        st.execute("SHUTDOWN");
      }
      return;
    }
    try (Connection admin = DriverManager.getConnection(ADMIN_URL);
        Statement st = admin.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private DataSource countingDataSource() {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return counting(DriverManager.getConnection(url));
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
      }

      @Override
      public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }

  private Connection counting(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              String m = method.getName().toLowerCase(Locale.ROOT);
              if (m.equals("preparestatement")
                  || m.equals("createstatement")
                  || m.equals("preparecall")) {
                statements.incrementAndGet();
              }
              try {
                return method.invoke(connection, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
