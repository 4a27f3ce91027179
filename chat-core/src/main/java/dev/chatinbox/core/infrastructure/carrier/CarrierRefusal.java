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
    super(false, code, reason, cause);
  }
}
