package dev.chatinbox.core.domain.shared;

/** The caller is known but their role does not allow this action (e.g. a USER deleting). */
public class AccessDeniedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
