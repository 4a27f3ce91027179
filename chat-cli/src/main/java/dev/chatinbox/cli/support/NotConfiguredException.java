package dev.chatinbox.cli.support;

/** A command needs a server URL or token that neither options, environment nor config give. */
public final class NotConfiguredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotConfiguredException(String message) {
    super(message);
  }
}
