package dev.chatinbox.core.infrastructure.persistence.migration;

import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway before anything else touches it. Schema
 * generation by JPA is off everywhere; this is the only thing that changes the schema.
 */
public final class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private SchemaMigrator() {}

  /** Applies pending migrations for the vendor of {@code dataSource}. */
  public static MigrateResult migrate(DataSource dataSource) throws SQLException {
    DatabaseVendor vendor = DatabaseVendor.of(dataSource);
    ClassLoader loader = SchemaMigrator.class.getClassLoader();
    Flyway flyway =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .resourceProvider(new IndexedMigrationResourceProvider(vendor.folders(), loader))
            // SQL migrations only, all from the index: no Java migrations or callbacks to scan for
            .javaMigrationClassProvider(List::of)
            // callbacks: none; db/callback holds only the marker that lets Flyway resolve the
            // folder on Liberty, so its default callback scan finds nothing instead of failing
            .failOnMissingLocations(false)
            .validateMigrationNaming(true)
            .load();
    MigrateResult result = flyway.migrate();
    String version =
        String.valueOf(
            flyway.info().current() == null ? "none" : flyway.info().current().getVersion());
    LOG.info(
        () ->
            "Database schema ("
                + vendor
                + ") at version "
                + version
                + "; "
                + result.migrationsExecuted
                + " migration(s) applied now");
    return result;
  }
}
