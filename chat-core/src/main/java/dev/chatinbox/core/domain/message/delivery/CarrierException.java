package dev.chatinbox.core.domain.message.delivery;

/**
 * A carrier refused or could not take a message.
 *
 * <p>{@link #transientFailure()} failures (timeouts, connection refused, HTTP 5xx, 429) may succeed
 * later and are retried with backoff; the others (invalid number, unsubscribed recipient, outside
 * the WhatsApp window…) are final: the message fails with {@link #code()} and {@link #reason()}.
 */
public class CarrierException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean transientFailure;
  private final String code;
  private final String reason;

  public CarrierException(boolean transientFailure, String code, String reason, Throwable cause) {
    super(
        (transientFailure ? "Transient" : "Permanent") + " carrier failure " + code + ": " + reason,
        cause);
    this.transientFailure = transientFailure;
    this.code = code;
    this.reason = reason;
  }

  public static CarrierException transientFailure(String code, String reason, Throwable cause) {
    return new CarrierException(true, code, reason, cause);
  }

  public static CarrierException permanent(String code, String reason) {
    return new CarrierException(false, code, reason, null);
  }

  /** Whether trying again later may succeed. */
  public boolean transientFailure() {
    return transientFailure;
  }

  /** The carrier's error code (e.g. Twilio {@code 21211}) or an HTTP status. */
  public String code() {
    return code;
  }

  /** A readable reason, safe to show to users. */
  public String reason() {
    return reason;
  }
}
