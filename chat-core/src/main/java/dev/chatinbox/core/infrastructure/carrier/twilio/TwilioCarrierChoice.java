package dev.chatinbox.core.infrastructure.carrier.twilio;

import dev.chatinbox.core.infrastructure.carrier.CarrierAutoChoice;
import dev.chatinbox.core.infrastructure.carrier.ConfigValues;
import dev.chatinbox.core.infrastructure.carrier.LogMasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Twilio carries SMS and WhatsApp when its account and credentials are configured ({@code
 * chat.carrier.text=auto}); says at start how it is configured, never a secret.
 */
@ApplicationScoped
public class TwilioCarrierChoice implements CarrierAutoChoice {
  private static final Logger LOG = Logger.getLogger(TwilioCarrierChoice.class.getName());

  private TwilioSettings settings;

  protected TwilioCarrierChoice() {}

  @Inject
  public TwilioCarrierChoice(TwilioSettings settings) {
    this.settings = settings;
  }

  @Override
  public Optional<String> text() {
    return settings.configured() ? Optional.of(TwilioStatuses.CARRIER) : Optional.empty();
  }

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (String problem : settings.problems()) {
      LOG.log(Level.WARNING, "Twilio configuration: {0}", problem);
    }
    LOG.info(describe(settings));
  }

  /** The start-up line about Twilio (never a secret). */
  public static String describe(TwilioSettings settings) {
    if (!settings.configured()) {
      return "Twilio is not configured (SMS and WhatsApp use the sandbox unless chat.carrier.text"
          + " names another carrier): set "
          + ConfigValues.env(TwilioSettings.ACCOUNT_SID)
          + " and "
          + ConfigValues.env(TwilioSettings.AUTH_TOKEN)
          + " to use Twilio";
    }
    TwilioSettings.Credentials credentials = settings.apiCredentials().orElseThrow();
    String senders =
        String.join(
            ", ",
            List.of(
                    settings
                        .messagingServiceSid()
                        .map(s -> "Messaging Service " + LogMasks.identifier(s))
                        .orElse(""),
                    settings.smsFrom().map(s -> "SMS from " + s).orElse(""),
                    settings.whatsappFrom().map(s -> "WhatsApp from " + s).orElse(""))
                .stream()
                .filter(s -> !s.isEmpty())
                .toList());
    return "Twilio: account "
        + LogMasks.identifier(settings.accountSid().orElseThrow())
        + (credentials.apiKey()
            ? ", API key " + LogMasks.identifier(credentials.username())
            : ", auth token")
        + ", "
        + (senders.isEmpty() ? "no default sender" : senders)
        + ", base URL "
        + settings.baseUrl();
  }
}
