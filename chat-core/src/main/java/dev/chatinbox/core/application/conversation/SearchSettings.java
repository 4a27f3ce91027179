package dev.chatinbox.core.application.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tunables of conversation search ({@code chat.search.*}), from MicroProfile Config. */
@ApplicationScoped
public class SearchSettings {
  public static final String TIMEOUT_MS = "chat.search.timeout-ms";

  /** Default of {@code chat.search.timeout-ms}. */
  public static final int DEFAULT_TIMEOUT_MS = 2000;

  private Duration timeout;

  protected SearchSettings() {}

  @Inject
  public SearchSettings(
      @ConfigProperty(name = TIMEOUT_MS, defaultValue = "" + DEFAULT_TIMEOUT_MS) int timeoutMs) {
    if (timeoutMs < 1) {
      throw new IllegalArgumentException(TIMEOUT_MS + " must be >= 1");
    }
    this.timeout = Duration.ofMillis(timeoutMs);
  }

  /**
   * How long one search statement may run on PostgreSQL before the database cancels it and the
   * caller is told to retry (503): a search the database cannot serve in time (overload, a text
   * matching very many rows) must not hold a connection and a core for seconds.
   */
  public Duration timeout() {
    return timeout;
  }
}
