package dev.chatinbox.core.domain.shared;

import java.time.Duration;

/**
 * The work could not be done now but may succeed later, for example a search that ran past its time
 * limit on a busy database: HTTP 503 with {@code Retry-After}.
 */
public class TemporarilyUnavailableException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  public TemporarilyUnavailableException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** How long the caller should wait before trying again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
