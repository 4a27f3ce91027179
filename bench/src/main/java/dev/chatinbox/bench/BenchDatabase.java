package dev.chatinbox.bench;

import dev.chatinbox.core.infrastructure.persistence.migration.SchemaMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The bench database on the machine's PostgreSQL: dropped, created, migrated by the server's own
 * Flyway migrations and seeded by {@link Seeder}; and the few facts of the seeded data that the
 * floors' SQL needs.
 */
final class BenchDatabase {
  private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

  private final String name;

  BenchDatabase(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  String url() {
    return "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres";
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  /** Drops, creates, migrates and seeds the database; answers what seeding took. */
  List<String> create(int contacts, int messagesPerConversation, Instant now) throws Exception {
    List<String> log = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(ADMIN_URL);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url());
    long t0 = System.nanoTime();
    SchemaMigrator.migrate(ds);
    log.add(
        String.format(Locale.ROOT, "Flyway migrations: %.1f s", (System.nanoTime() - t0) / 1e9));
    long t1 = System.nanoTime();
    try (Connection c = connect()) {
      log.addAll(new Seeder(contacts, messagesPerConversation, now).seed(c));
    }
    log.add(String.format(Locale.ROOT, "seeding in all: %.1f s", (System.nanoTime() - t1) / 1e9));
    return log;
  }

  /**
   * A keyset position {@code ('<sort_at>'::timestamptz, '<id>'::uuid)} as deep as row {@code
   * offset} of the whole conversation list.
   */
  String position(long offset) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT sort_at, id FROM conversations ORDER BY sort_at DESC, id DESC OFFSET "
                    + offset
                    + " LIMIT 1")) {
      rs.next();
      return "('"
          + rs.getObject(1, java.time.OffsetDateTime.class)
          + "'::timestamptz, '"
          + rs.getObject(2)
          + "'::uuid)";
    }
  }

  /**
   * The message columns the server selects (those its JPA entity maps): every column of {@code
   * messages} but the stored search words, which only the database reads.
   */
  String messageColumns() throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'messages'"
                    + " AND column_name <> 'body_search' ORDER BY ordinal_position")) {
      while (rs.next()) {
        columns.add("m." + rs.getString(1));
      }
    }
    return String.join(", ", columns);
  }
}
