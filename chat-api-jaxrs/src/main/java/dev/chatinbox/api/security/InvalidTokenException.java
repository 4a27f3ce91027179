package dev.chatinbox.api.security;

/** A bearer token that is missing, malformed, badly signed, expired or not meant for us. */
public class InvalidTokenException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String reason) {
    super(reason);
  }
}
