package dev.chatinbox.core.application.startup;

import dev.chatinbox.core.spi.DemoData;
import dev.chatinbox.core.spi.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * What the server does once at start, before the first request: migrates the schema (failing the
 * start if that fails — never serve on a wrong schema) and seeds demo data when asked ({@code
 * chat.demo-data}: {@code auto} = only on the embedded database, {@code true}, {@code false}).
 */
@ApplicationScoped
public class ServerStartup {
  private static final Logger LOG = Logger.getLogger(ServerStartup.class.getName());

  private SchemaMigration migration;
  private DemoData demo;
  private Config config;

  protected ServerStartup() {}

  @Inject
  public ServerStartup(SchemaMigration migration, DemoData demo, Config config) {
    this.migration = migration;
    this.demo = demo;
    this.config = config;
  }

  /** Migrates, then seeds the demo data if wanted. */
  public void prepare(DataSource dataSource) throws SQLException {
    migration.migrate(dataSource);
    String wanted =
        config
            .getOptionalValue("chat.demo-data", String.class)
            .orElse("auto")
            .toLowerCase(Locale.ROOT);
    boolean seed =
        wanted.equals("true") || (wanted.equals("auto") && migration.embedded(dataSource));
    if (seed && demo.seedIfEmpty()) {
      LOG.info("Demo data ready. " + demo.tokenHint());
    }
  }
}
