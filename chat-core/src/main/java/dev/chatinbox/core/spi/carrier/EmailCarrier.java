package dev.chatinbox.core.spi.carrier;

/** Delivers emails (e.g. SendGrid, or the sandbox). */
public interface EmailCarrier {
  /**
   * The adapter's name, stored with the messages it carries ({@code sendgrid}, {@code sandbox}…).
   */
  String name();

  /**
   * Hands an email to the carrier; returns once the carrier accepted it.
   *
   * @throws CarrierException when the carrier refused it or could not be reached
   */
  CarrierReceipt send(OutboundEmail email);

  /**
   * After a call to {@link #send} whose outcome is unknown (a crash during it, or a {@link
   * CarrierException#outcomeUnknown()} failure): did the carrier take this email? Carriers that
   * cannot be asked answer {@link Reconciliation#unknown()} (the outbox then waits for the
   * carrier's events for a grace period before sending again).
   */
  default Reconciliation reconcile(OutboundEmail email, java.time.Instant since) {
    return Reconciliation.unknown();
  }

  /** Whether this is the sandbox (no real carrier). */
  boolean sandbox();
}
