package dev.chatinbox.core.spi;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Brings the database schema up to date before anything else touches it. */
public interface SchemaMigration {
  /**
   * Migrates the schema of {@code dataSource} to the current version.
   *
   * @throws SQLException when the database cannot be reached or a migration fails (the server must
   *     not start on a wrong schema)
   */
  void migrate(DataSource dataSource) throws SQLException;

  /** Whether {@code dataSource} is the embedded (zero-setup) database. */
  boolean embedded(DataSource dataSource) throws SQLException;
}
