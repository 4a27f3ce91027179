package dev.chatinbox.core.application.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tunables of conversation search ({@code chat.search.*}), from MicroProfile Config. */
@ApplicationScoped
public class SearchSettings {
  public static final String TIMEOUT_MS = "chat.search.timeout-ms";
  public static final String MAX_CONCURRENT = "chat.search.max-concurrent";

  /** Default of {@code chat.search.timeout-ms}. */
  public static final int DEFAULT_TIMEOUT_MS = 2000;

  /** Default of {@code chat.search.max-concurrent}: a quarter of the default pool of 16. */
  public static final int DEFAULT_MAX_CONCURRENT = 4;

  private Duration timeout;
  private int maxConcurrent;

  protected SearchSettings() {}

  public SearchSettings(int timeoutMs) {
    this(timeoutMs, DEFAULT_MAX_CONCURRENT);
  }

  @Inject
  public SearchSettings(
      @ConfigProperty(name = TIMEOUT_MS, defaultValue = "" + DEFAULT_TIMEOUT_MS) int timeoutMs,
      @ConfigProperty(name = MAX_CONCURRENT, defaultValue = "" + DEFAULT_MAX_CONCURRENT)
          int maxConcurrent) {
    if (timeoutMs < 1) {
      throw new IllegalArgumentException(TIMEOUT_MS + " must be >= 1");
    }
    if (maxConcurrent < 1 || maxConcurrent > 256) {
      throw new IllegalArgumentException(MAX_CONCURRENT + " must be 1..256");
    }
    this.timeout = Duration.ofMillis(timeoutMs);
    this.maxConcurrent = maxConcurrent;
  }

  /**
   * How long one search statement may run on PostgreSQL before the database cancels it and the
   * caller is told to retry (503): a search the database cannot serve in time (overload, a text
   * matching very many rows) must not hold a connection and a core for seconds.
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Searches a node runs at once; the next one is answered 503 at once ({@link SearchBulkhead}).
   * Each running search holds one pooled connection, so this bounds the connections search can
   * take: keep it well below the pool's size ({@code CHAT_DB_POOL_MAX}, 16), so that lists, sends
   * and webhooks always find one.
   */
  public int maxConcurrent() {
    return maxConcurrent;
  }
}
