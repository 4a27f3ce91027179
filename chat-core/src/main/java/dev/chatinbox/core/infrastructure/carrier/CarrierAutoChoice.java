package dev.chatinbox.core.infrastructure.carrier;

import java.util.Optional;

/**
 * What a carrier adapter offers when the carrier is left to {@code auto}: its name for text or
 * email when its credentials are configured, so that configuring a real carrier is enough to use
 * it. Adapters without such a rule (the sandbox, test carriers) need not implement it.
 */
public interface CarrierAutoChoice {
  /** The adapter's name when it is configured to carry SMS and WhatsApp. */
  default Optional<String> text() {
    return Optional.empty();
  }

  /** The adapter's name when it is configured to carry email. */
  default Optional<String> email() {
    return Optional.empty();
  }
}
