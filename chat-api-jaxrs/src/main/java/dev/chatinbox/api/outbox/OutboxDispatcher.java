package dev.chatinbox.api.outbox;

import dev.chatinbox.api.problem.DatabaseOutage;
import dev.chatinbox.core.application.outbox.OutboxProcessor;
import dev.chatinbox.core.application.outbox.OutboxSettings;
import dev.chatinbox.core.application.outbox.OutboxWakeUp;
import dev.chatinbox.core.application.workflow.SnoozeWakeUps;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Drives the outbox: a round every {@code chat.outbox.poll-interval} (catches scheduled messages,
 * retries and anything left by a crash), and one right after each commit that queued a message.
 * Rounds never overlap on a node; several nodes share the work through row locks.
 */
@ApplicationScoped
public class OutboxDispatcher {
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  @Resource private ManagedScheduledExecutorService executor;

  private OutboxProcessor processor;
  private SnoozeWakeUps snoozes;
  private OutboxSettings settings;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();

  /** A woken round is queued on the executor and has not started yet: further wakes join it. */
  private final AtomicBoolean queued = new AtomicBoolean();

  private volatile ScheduledFuture<?> poller;
  private volatile ScheduledFuture<?> snoozePoller;

  protected OutboxDispatcher() {}

  @Inject
  public OutboxDispatcher(
      OutboxProcessor processor, SnoozeWakeUps snoozes, OutboxSettings settings) {
    this.processor = processor;
    this.snoozes = snoozes;
    this.settings = settings;
  }

  /** Starts polling (called once the schema is ready). */
  public void start() {
    if (poller == null) {
      long interval = settings.pollInterval().toMillis();
      poller =
          executor.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
      // snoozes end on the same clock as scheduled sends, apart from the send path's rounds
      snoozePoller =
          executor.scheduleWithFixedDelay(
              this::wakeSnoozes, interval, interval, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * A commit queued a message: a round soon. Commits that arrive while a round is queued join it
   * (one executor task, not one per send); a round that is running goes on while rounds are wanted.
   */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWakeUp wakeUp) {
    wanted.set(true);
    if (poller != null && queued.compareAndSet(false, true)) {
      try {
        executor.execute(
            () -> {
              queued.set(false);
              drain();
            });
      } catch (RuntimeException rejected) {
        queued.set(false); // shutting down; the poller's next round finds what is due
      }
    }
  }

  /** Runs rounds until nothing more is due; a wake-up during a round asks for another. */
  private void drain() {
    wanted.set(true);
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (wanted.getAndSet(false)) {
        while (processor.dispatchDue(executor) > 0) {
          wanted.set(false);
        }
      }
    } catch (RuntimeException e) {
      DatabaseOutage.logRoundFailure(LOG, "Outbox round", e);
    } finally {
      running.set(false);
    }
  }

  private void wakeSnoozes() {
    try {
      while (snoozes.wakeDue() == SnoozeWakeUps.BATCH) {
        // a full batch: more may be due
      }
    } catch (RuntimeException e) {
      DatabaseOutage.logRoundFailure(LOG, "Snooze wake-up round", e);
    }
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.cancel(false);
    }
    if (snoozePoller != null) {
      snoozePoller.cancel(false);
    }
  }
}
