package dev.chatinbox.api.lifecycle;

import dev.chatinbox.api.security.TokenVerifier;
import dev.chatinbox.core.application.startup.ServerStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs once at start, before the first request: checks the configuration (a malformed {@code
 * CHAT_*} value or a production start without a token key stops the start, issue #20), migrates the
 * schema (failing the start if that fails — never serve on a wrong schema), seeds demo data when
 * asked ({@code chat.demo-data}: {@code auto} = only on the embedded database), and says how to get
 * a development token; loads the token keys, so that the first request does not (issue #15, start).
 */
@ApplicationScoped
public class StartupTasks {
  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Resource(lookup = "jdbc/chat")
  private DataSource dataSource;

  private ServerStartup startup;
  private dev.chatinbox.api.outbox.OutboxDispatcher outbox;
  private dev.chatinbox.api.outbox.StatusReconciliationJob reconciliation;
  private dev.chatinbox.api.websocket.RealtimeHub realtime;
  private TokenVerifier tokens;
  private dev.chatinbox.api.events.WebhookDispatcher webhooks;
  private SearchIndexBackfillJob searchBackfill;
  private ServerConfiguration configuration;
  private volatile boolean ready;

  protected StartupTasks() {}

  @Inject
  public StartupTasks(
      ServerStartup startup,
      dev.chatinbox.api.outbox.OutboxDispatcher outbox,
      dev.chatinbox.api.outbox.StatusReconciliationJob reconciliation,
      dev.chatinbox.api.websocket.RealtimeHub realtime,
      TokenVerifier tokens,
      dev.chatinbox.api.events.WebhookDispatcher webhooks,
      SearchIndexBackfillJob searchBackfill,
      ServerConfiguration configuration) {
    this.startup = startup;
    this.configuration = configuration;
    this.outbox = outbox;
    this.reconciliation = reconciliation;
    this.realtime = realtime;
    this.tokens = tokens;
    this.webhooks = webhooks;
    this.searchBackfill = searchBackfill;
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) throws SQLException {
    configuration.check(dataSource);
    startup.prepare(dataSource);
    tokens.preload();
    outbox.start();
    reconciliation.start();
    realtime.start();
    webhooks.start();
    searchBackfill.start();
    ready = true;
  }

  /** Whether start-up work finished (readiness). */
  public boolean ready() {
    return ready;
  }
}
