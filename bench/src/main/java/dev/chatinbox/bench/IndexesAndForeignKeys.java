package dev.chatinbox.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulk load's companion: the loaded tables' secondary indexes and foreign keys are dropped before
 * the COPY and recreated from their saved definitions ({@code pg_get_indexdef}, {@code
 * pg_get_constraintdef}) afterwards — the same definitions the migrations made.
 */
final class IndexesAndForeignKeys {
  private IndexesAndForeignKeys() {}

  /**
   * Drops the loaded tables' secondary indexes and foreign keys; answers the SQL to restore them.
   */
  static List<String> drop(Connection c, String[] loaded) throws SQLException {
    List<String> restore = new ArrayList<>();
    List<String> drop = new ArrayList<>();
    String tables = "'" + String.join("','", loaded) + "'";
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                  + " WHERE contype = 'f' AND conrelid::regclass::text IN ("
                  + tables
                  + ")")) {
        while (rs.next()) {
          drop.add("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2));
          restore.add(
              "ALTER TABLE "
                  + rs.getString(1)
                  + " ADD CONSTRAINT "
                  + rs.getString(2)
                  + " "
                  + rs.getString(3));
        }
      }
      List<String> indexes = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                  + " AND tablename IN ("
                  + tables
                  + ") AND indexname NOT IN (SELECT conname FROM pg_constraint)")) {
        while (rs.next()) {
          drop.add("DROP INDEX " + rs.getString(1));
          indexes.add(rs.getString(2));
        }
      }
      restore.addAll(0, indexes); // indexes first: the foreign keys' checks use them
      for (String sql : drop) {
        s.execute(sql);
      }
    }
    return restore;
  }
}
