package dev.chatinbox.core.infrastructure.carrier;

import dev.chatinbox.core.spi.carrier.CarrierException;

/**
 * A permanent {@link CarrierException}: the carrier refused the message for good (invalid number,
 * unsubscribed recipient, outside the WhatsApp window, rejected credentials…).
 *
 * <p>A class of its own so that fault tolerance can tell it apart: the adapters' circuit breakers
 * skip it ({@code skipOn}), because a refused message says nothing about the carrier's health.
 */
public class CarrierRefusal extends CarrierException {
  private static final long serialVersionUID = 1L;

  public CarrierRefusal(String code, String reason) {
    this(code, reason, null);
  }

  public CarrierRefusal(String code, String reason, Throwable cause) {
    this(code, reason, false, cause);
  }

  /**
   * A refusal that also says whether the recipient opted out of the channel with the carrier (the
   * contact then gets do-not-disturb).
   */
  public CarrierRefusal(String code, String reason, boolean consentWithdrawn, Throwable cause) {
    super(code, reason, consentWithdrawn, cause);
  }
}
