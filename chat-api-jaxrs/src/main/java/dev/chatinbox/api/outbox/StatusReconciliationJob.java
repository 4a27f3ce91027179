package dev.chatinbox.api.outbox;

import dev.chatinbox.api.problem.DatabaseOutage;
import dev.chatinbox.core.application.delivery.StatusReconciler;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link StatusReconciler} every {@code chat.reconcile.poll-seconds} (default 60): messages
 * whose carrier status callbacks never came are looked up through the carrier's API.
 */
@ApplicationScoped
public class StatusReconciliationJob {
  private static final Logger LOG = Logger.getLogger(StatusReconciliationJob.class.getName());

  @Resource private ManagedScheduledExecutorService executor;

  private StatusReconciler reconciler;
  private long pollSeconds;
  private volatile ScheduledFuture<?> poller;

  protected StatusReconciliationJob() {}

  @Inject
  public StatusReconciliationJob(
      StatusReconciler reconciler,
      @ConfigProperty(name = "chat.reconcile.poll-seconds", defaultValue = "60") long pollSeconds) {
    this.reconciler = reconciler;
    this.pollSeconds = pollSeconds;
  }

  /** Starts the rounds (called once the schema is ready). */
  public void start() {
    if (poller == null && pollSeconds > 0) {
      poller =
          executor.scheduleWithFixedDelay(this::round, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }
  }

  private void round() {
    try {
      int reported = reconciler.reconcile();
      if (reported > 0) {
        LOG.log(
            Level.INFO, "Status reconciliation: {0} message(s) updated from the carrier", reported);
      }
    } catch (RuntimeException e) {
      DatabaseOutage.logRoundFailure(LOG, "Status reconciliation round", e);
    }
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.cancel(false);
    }
  }
}
