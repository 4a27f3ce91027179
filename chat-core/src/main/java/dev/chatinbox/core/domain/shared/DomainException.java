package dev.chatinbox.core.domain.shared;

/**
 * Base of the meaningful failures the core reports. The API layer turns each subtype into one
 * problem+json kind; messages are safe to show to the caller (no ids of invisible objects, no SQL).
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message);
  }
}
