package dev.chatinbox.core.domain.shared;

import java.util.List;

/** Input that breaks a rule; carries every violated field, not only the first. */
public class InvalidInputException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super("The request is invalid");
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
