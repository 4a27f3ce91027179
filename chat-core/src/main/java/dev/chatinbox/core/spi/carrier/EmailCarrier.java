package dev.chatinbox.core.spi.carrier;

/** Delivers emails (SendGrid, or the sandbox). */
public interface EmailCarrier {
  /**
   * Hands an email to the carrier; returns once the carrier accepted it.
   *
   * @throws CarrierException when the carrier refused it or could not be reached
   */
  CarrierReceipt send(OutboundEmail email);

  /**
   * After a call to {@link #send} whose outcome is unknown (a crash during it, or a {@link
   * CarrierException#outcomeUnknown()} failure): did the carrier take this email? SendGrid cannot
   * be asked, so the default is {@link Reconciliation#unknown()} (the outbox then waits for the
   * carrier's events for a grace period before sending again).
   */
  default Reconciliation reconcile(OutboundEmail email, java.time.Instant since) {
    return Reconciliation.unknown();
  }

  /** Whether this is the sandbox (no real carrier). */
  boolean sandbox();
}
