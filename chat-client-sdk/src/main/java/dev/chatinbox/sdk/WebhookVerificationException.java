package dev.chatinbox.sdk;

/**
 * A webhook request that is not proven to come from Chat Inbox: a missing header, a timestamp out
 * of tolerance, or no signature made with any of the secrets. Answer it with 400 and do not act.
 */
public final class WebhookVerificationException extends Exception {
  private static final long serialVersionUID = 1L;

  public WebhookVerificationException(String message) {
    super(message);
  }
}
