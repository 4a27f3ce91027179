package dev.chatinbox.api.lifecycle;

import dev.chatinbox.core.application.conversation.ConversationSearchIndex;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills the conversation search index of a database upgraded with conversations in it ({@link
 * ConversationSearchIndex#backfillBatch()}), in the background after start: one batch, then a pause
 * of {@value #PAUSE_MS} ms so that requests keep the database, until nothing is left. On a new or
 * embedded database the first call finds nothing to do and the job ends; the start itself never
 * waits for it.
 */
@ApplicationScoped
public class SearchIndexBackfillJob {
  private static final Logger LOG = Logger.getLogger(SearchIndexBackfillJob.class.getName());
  static final long PAUSE_MS = 50;
  private static final long RETRY_MS = 30_000;

  @Resource private ManagedScheduledExecutorService executor;

  private ConversationSearchIndex index;
  private volatile ScheduledFuture<?> next;
  private volatile boolean stopped;

  protected SearchIndexBackfillJob() {}

  @Inject
  public SearchIndexBackfillJob(ConversationSearchIndex index) {
    this.index = index;
  }

  /** Starts the backfill (called once the schema is ready). */
  public void start() {
    schedule(0);
  }

  private void schedule(long delayMs) {
    if (!stopped) {
      next = executor.schedule(this::batch, delayMs, TimeUnit.MILLISECONDS);
    }
  }

  private void batch() {
    try {
      if (index.backfillBatch()) {
        schedule(PAUSE_MS);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search index backfill batch failed; retrying in 30 s", e);
      schedule(RETRY_MS);
    }
  }

  @PreDestroy
  void stop() {
    stopped = true;
    ScheduledFuture<?> pending = next;
    if (pending != null) {
      pending.cancel(false);
    }
  }
}
