package dev.chatinbox.core.spi.carrier;

/** Delivers SMS and WhatsApp messages (e.g. Twilio, or the sandbox). */
public interface TextCarrier {
  /** The adapter's name, stored with the messages it carries ({@code twilio}, {@code sandbox}…). */
  String name();

  /**
   * Why {@code templateId} cannot name an approved WhatsApp template of this carrier (its format),
   * or empty when it can. Checked when a send is accepted, so a malformed id is a 400, not a failed
   * message later.
   */
  default java.util.Optional<String> templateIdProblem(String templateId) {
    return java.util.Optional.empty();
  }

  /**
   * Hands a message to the carrier; returns once the carrier accepted it.
   *
   * @throws CarrierException when the carrier refused it or could not be reached
   */
  CarrierReceipt send(OutboundText message);

  /**
   * After a call to {@link #send} whose outcome is unknown (a crash during it, or a {@link
   * CarrierException#outcomeUnknown()} failure): did the carrier take this message (created at or
   * after {@code since})? Carriers that cannot tell answer {@link Reconciliation#unknown()}.
   */
  default Reconciliation reconcile(OutboundText message, java.time.Instant since) {
    return Reconciliation.unknown();
  }

  /**
   * What the carrier says now of a message it accepted as {@code carrierMessageId}, for messages
   * whose status callbacks never came. Carriers that cannot be asked answer empty.
   */
  default java.util.Optional<StatusReport> currentStatus(String carrierMessageId) {
    return java.util.Optional.empty();
  }

  /** Whether this is the sandbox (no real carrier). */
  boolean sandbox();
}
