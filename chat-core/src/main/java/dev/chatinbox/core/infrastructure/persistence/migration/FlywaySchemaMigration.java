package dev.chatinbox.core.infrastructure.persistence.migration;

import dev.chatinbox.core.spi.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;

/** {@link SchemaMigration} by Flyway with the indexed migrations of {@link SchemaMigrator}. */
@ApplicationScoped
public class FlywaySchemaMigration implements SchemaMigration {
  @Override
  public void migrate(DataSource dataSource) throws SQLException {
    SchemaMigrator.migrate(dataSource);
  }

  @Override
  public boolean embedded(DataSource dataSource) throws SQLException {
    return DatabaseVendor.of(dataSource) == DatabaseVendor.H2;
  }
}
