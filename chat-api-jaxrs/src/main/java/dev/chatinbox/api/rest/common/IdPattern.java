package dev.chatinbox.api.rest.common;

/**
 * The shape of the ids the API hands out, for Bean Validation {@code @Pattern}s on request bodies.
 */
public final class IdPattern {
  /** A UUID in its canonical text form. */
  public static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  private IdPattern() {}
}
