package dev.chatinbox.core.spi.carrier;

/**
 * A carrier refused or could not take a message.
 *
 * <p>{@link #transientFailure()} failures may succeed later; the others (invalid number,
 * unsubscribed recipient, outside the WhatsApp window…) are final: the message fails with {@link
 * #code()} and {@link #reason()}. Transient failures come in two kinds:
 *
 * <ul>
 *   <li>the request certainly did not take effect (connection refused, unknown host, open circuit,
 *       full bulkhead, an HTTP 429 or 5xx answer): sending again after a backoff is safe;
 *   <li>{@link #outcomeUnknown()}: the request may have reached the carrier and been accepted
 *       before the answer was lost (read timeout, connection reset mid-response, an answer that
 *       could not be read). Sending again blindly could deliver the message twice, so the outbox
 *       keeps the attempt open and reconciles with the carrier first.
 * </ul>
 */
public class CarrierException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean transientFailure;
  private final boolean outcomeUnknown;
  private final boolean consentWithdrawn;
  private final String code;
  private final String reason;

  public CarrierException(boolean transientFailure, String code, String reason, Throwable cause) {
    this(transientFailure, false, false, code, reason, cause);
  }

  /** A final refusal that may say the recipient opted out ({@link #consentWithdrawn()}). */
  protected CarrierException(
      String code, String reason, boolean consentWithdrawn, Throwable cause) {
    this(false, false, consentWithdrawn, code, reason, cause);
  }

  private CarrierException(
      boolean transientFailure,
      boolean outcomeUnknown,
      boolean consentWithdrawn,
      String code,
      String reason,
      Throwable cause) {
    super(
        (outcomeUnknown ? "Uncertain" : transientFailure ? "Transient" : "Permanent")
            + " carrier failure "
            + code
            + ": "
            + reason,
        cause);
    this.transientFailure = transientFailure;
    this.outcomeUnknown = outcomeUnknown;
    this.consentWithdrawn = consentWithdrawn;
    this.code = code;
    this.reason = reason;
  }

  /** A failure after which the carrier certainly does not have the message: retry is safe. */
  public static CarrierException transientFailure(String code, String reason, Throwable cause) {
    return new CarrierException(true, false, false, code, reason, cause);
  }

  /**
   * A failure after which the carrier may or may not have the message (the request was sent, the
   * answer was lost): reconcile before sending again.
   */
  public static CarrierException outcomeUnknown(String code, String reason, Throwable cause) {
    return new CarrierException(true, true, false, code, reason, cause);
  }

  public static CarrierException permanent(String code, String reason) {
    return new CarrierException(false, code, reason, null);
  }

  /**
   * The carrier refuses because the recipient opted out of this channel with it (e.g. replied
   * STOP): final, and the contact gets do-not-disturb on the channel.
   */
  public static CarrierException consentWithdrawn(String code, String reason) {
    return new CarrierException(code, reason, true, null);
  }

  /** Whether the recipient opted out of this channel at the carrier (always final). */
  public boolean consentWithdrawn() {
    return consentWithdrawn;
  }

  /** Whether trying again later may succeed. */
  public boolean transientFailure() {
    return transientFailure;
  }

  /**
   * Whether the request may have taken effect although the call failed (always a {@link
   * #transientFailure()}).
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** The carrier's error code (as the carrier gives it) or an HTTP status. */
  public String code() {
    return code;
  }

  /** A readable reason, safe to show to users. */
  public String reason() {
    return reason;
  }
}
