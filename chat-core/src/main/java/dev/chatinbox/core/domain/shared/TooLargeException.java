package dev.chatinbox.core.domain.shared;

/** Content over a size limit (e.g. email attachments): HTTP 413. */
public class TooLargeException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public TooLargeException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field that is too large. */
  public String field() {
    return field;
  }
}
