package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import dev.chatinbox.core.infrastructure.carrier.CarrierAutoChoice;
import dev.chatinbox.core.infrastructure.carrier.ConfigValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * SendGrid carries email when its API key is configured ({@code chat.carrier.email=auto}); says at
 * start how it is configured, never a secret.
 */
@ApplicationScoped
public class SendGridCarrierChoice implements CarrierAutoChoice {
  private static final Logger LOG = Logger.getLogger(SendGridCarrierChoice.class.getName());

  private SendGridSettings settings;

  protected SendGridCarrierChoice() {}

  @Inject
  public SendGridCarrierChoice(SendGridSettings settings) {
    this.settings = settings;
  }

  @Override
  public Optional<String> email() {
    return settings.configured() ? Optional.of(SendGridEvents.CARRIER) : Optional.empty();
  }

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.info(describe(settings));
  }

  /** The start-up line about SendGrid (never a secret). */
  public static String describe(SendGridSettings settings) {
    if (!settings.configured()) {
      return "SendGrid is not configured (email uses the sandbox unless chat.carrier.email names"
          + " another carrier): set "
          + ConfigValues.env(SendGridSettings.API_KEY)
          + " to use SendGrid";
    }
    return "SendGrid: base URL "
        + settings.baseUrl()
        + ", "
        + (settings.verifiedSenders().isEmpty()
            ? "any sender allowed (set " + ConfigValues.env(SendGridSettings.VERIFIED_SENDERS) + ")"
            : settings.verifiedSenders().size() + " verified sender(s)");
  }
}
