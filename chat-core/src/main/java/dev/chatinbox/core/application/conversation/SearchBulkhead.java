package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.domain.shared.TemporarilyUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounded concurrency for conversation search on a node: at most {@link
 * SearchSettings#maxConcurrent()} searches run at once, and the next one is refused at once — never
 * queued, never after a timeout — with {@link TemporarilyUnavailableException} (503 with {@code
 * Retry-After}). A permit is taken before the search takes its database connection, so searches
 * never hold more connections than that, whatever arrives: the rest of the API keeps the pool.
 */
@ApplicationScoped
public class SearchBulkhead {
  /** What a refused search is told to wait before trying again. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private Semaphore permits;

  protected SearchBulkhead() {}

  @Inject
  public SearchBulkhead(SearchSettings settings) {
    this.permits = new Semaphore(settings.maxConcurrent());
  }

  /**
   * Runs {@code search} if a permit is free.
   *
   * @throws TemporarilyUnavailableException at once when all permits are taken
   */
  public <T> T run(Supplier<T> search) {
    if (!permits.tryAcquire()) {
      throw new TemporarilyUnavailableException(
          "Too many searches are running; try again in a second", RETRY_AFTER);
    }
    try {
      return search.get();
    } finally {
      permits.release();
    }
  }
}
