package dev.chatinbox.core.spi.carrier;

import java.util.Optional;

/**
 * The answer to "did the carrier take this message?" after a call a crash cut short.
 *
 * @param known whether the carrier could tell
 * @param receipt the carrier's receipt when it did take it
 */
public record Reconciliation(boolean known, Optional<CarrierReceipt> receipt) {
  /** The carrier has it. */
  public static Reconciliation accepted(CarrierReceipt receipt) {
    return new Reconciliation(true, Optional.of(receipt));
  }

  /** The carrier certainly does not have it: sending again is safe. */
  public static Reconciliation notAccepted() {
    return new Reconciliation(true, Optional.empty());
  }

  /** The carrier cannot tell. */
  public static Reconciliation unknown() {
    return new Reconciliation(false, Optional.empty());
  }
}
