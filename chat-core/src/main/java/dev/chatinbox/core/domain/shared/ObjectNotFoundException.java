package dev.chatinbox.core.domain.shared;

/**
 * The object does not exist <em>or is not visible to the caller</em>: the two are deliberately
 * indistinguishable so that ids cannot be probed.
 */
public class ObjectNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final String kind;

  public ObjectNotFoundException(String kind) {
    super(kind + " not found");
    this.kind = kind;
  }

  /** What was looked for, e.g. {@code Conversation}. */
  public String kind() {
    return kind;
  }
}
