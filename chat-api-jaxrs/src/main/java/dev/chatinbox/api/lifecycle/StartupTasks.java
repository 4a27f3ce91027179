package dev.chatinbox.api.lifecycle;

import dev.chatinbox.core.infrastructure.demo.DemoDataSeeder;
import dev.chatinbox.core.infrastructure.devauth.DevDefaults;
import dev.chatinbox.core.infrastructure.persistence.migration.DatabaseVendor;
import dev.chatinbox.core.infrastructure.persistence.migration.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Runs once at start, before the first request: migrates the schema (failing the start if that
 * fails — never serve on a wrong schema), seeds demo data when asked ({@code chat.demo-data}:
 * {@code auto} = only on the embedded database), and says how to get a development token.
 */
@ApplicationScoped
public class StartupTasks {
  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Resource(lookup = "jdbc/chat")
  private DataSource dataSource;

  private DemoDataSeeder seeder;
  private Config config;
  private dev.chatinbox.api.outbox.OutboxDispatcher outbox;
  private dev.chatinbox.api.outbox.StatusReconciliationJob reconciliation;
  private dev.chatinbox.api.websocket.RealtimeHub realtime;
  private volatile boolean ready;

  protected StartupTasks() {}

  @Inject
  public StartupTasks(
      DemoDataSeeder seeder,
      Config config,
      dev.chatinbox.api.outbox.OutboxDispatcher outbox,
      dev.chatinbox.api.outbox.StatusReconciliationJob reconciliation,
      dev.chatinbox.api.websocket.RealtimeHub realtime) {
    this.seeder = seeder;
    this.config = config;
    this.outbox = outbox;
    this.reconciliation = reconciliation;
    this.realtime = realtime;
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) throws SQLException {
    SchemaMigrator.migrate(dataSource);
    DatabaseVendor vendor = DatabaseVendor.of(dataSource);
    String demo =
        config
            .getOptionalValue("chat.demo-data", String.class)
            .orElse("auto")
            .toLowerCase(Locale.ROOT);
    boolean seed = demo.equals("true") || (demo.equals("auto") && vendor == DatabaseVendor.H2);
    if (seed && seeder.seedIfEmpty()) {
      LOG.info(
          "Demo data ready. Mint a token: ./mint-token --user alice --roles ADMIN   (key dir "
              + DevDefaults.keyDir()
              + ")");
    }
    outbox.start();
    reconciliation.start();
    realtime.start();
    ready = true;
  }

  /** Whether start-up work finished (readiness). */
  public boolean ready() {
    return ready;
  }
}
