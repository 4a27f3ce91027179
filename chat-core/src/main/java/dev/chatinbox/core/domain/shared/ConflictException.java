package dev.chatinbox.core.domain.shared;

/**
 * A known object is in a state that forbids the action. {@link #problemType()} names the kind (for
 * example {@code dnd}) so that clients can react to it without parsing text.
 */
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final String problemType;

  public ConflictException(String problemType, String message) {
    super(message);
    this.problemType = problemType;
  }

  public String problemType() {
    return problemType;
  }
}
