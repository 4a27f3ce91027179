package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.domain.shared.DomainException;
import java.time.Duration;

/** A send refused by a send limit: 429 with {@code Retry-After}. */
public class SendLimitExceededException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  SendLimitExceededException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** When the period that is full ends. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
