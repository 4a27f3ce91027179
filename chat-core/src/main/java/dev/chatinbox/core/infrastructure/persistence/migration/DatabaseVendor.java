package dev.chatinbox.core.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** The database products the schema is written for, and which migration folders each runs. */
public enum DatabaseVendor {
  /** Production: everything, with partial and trigram indexes. */
  POSTGRESQL(List.of("common", "postgresql")),
  /** Embedded default (H2 in PostgreSQL mode): the shared schema only. */
  H2(List.of("common"));

  private final List<String> folders;

  DatabaseVendor(List<String> folders) {
    this.folders = folders;
  }

  /** Folders under {@code db/migration/} whose scripts apply to this vendor. */
  public List<String> folders() {
    return folders;
  }

  /** The vendor behind {@code dataSource}, from its JDBC metadata. */
  public static DatabaseVendor of(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      if (product.contains("h2")) {
        return H2;
      }
      throw new SQLException(
          "Unsupported database: " + product + " (use PostgreSQL, or the embedded H2 default)");
    }
  }
}
