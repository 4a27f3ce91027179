package dev.chatinbox.core.infrastructure.carrier;

import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxEmailCarrier;
import dev.chatinbox.core.infrastructure.carrier.sandbox.SandboxTextCarrier;
import dev.chatinbox.core.infrastructure.carrier.sendgrid.SendGridEmailCarrier;
import dev.chatinbox.core.infrastructure.carrier.sendgrid.SendGridSettings;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioSettings;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioTextCarrier;
import dev.chatinbox.core.spi.carrier.EmailCarrier;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Provides the one {@link TextCarrier} and the one {@link EmailCarrier} of the application: Twilio
 * when its account SID and credentials are configured, SendGrid when its API key is, the sandbox
 * otherwise (the zero-setup default). The adapters are beans of their own class only
 * ({@code @Typed}), so these producers are the only source of the port types; what they return are
 * the adapters' contextual references, with their fault-tolerance interceptors.
 *
 * <p>Logs once at start which carriers are active, without secrets.
 */
@ApplicationScoped
public class CarrierSelection {
  private static final Logger LOG = Logger.getLogger(CarrierSelection.class.getName());

  private final AtomicBoolean announced = new AtomicBoolean();
  private TwilioSettings twilio;
  private SendGridSettings sendGrid;
  private Instance<TwilioTextCarrier> twilioCarrier;
  private Instance<SandboxTextCarrier> sandboxTextCarrier;
  private Instance<SendGridEmailCarrier> sendGridCarrier;
  private Instance<SandboxEmailCarrier> sandboxEmailCarrier;

  /** For the CDI proxy. */
  protected CarrierSelection() {}

  @Inject
  CarrierSelection(
      TwilioSettings twilio,
      SendGridSettings sendGrid,
      Instance<TwilioTextCarrier> twilioCarrier,
      Instance<SandboxTextCarrier> sandboxTextCarrier,
      Instance<SendGridEmailCarrier> sendGridCarrier,
      Instance<SandboxEmailCarrier> sandboxEmailCarrier) {
    this.twilio = twilio;
    this.sendGrid = sendGrid;
    this.twilioCarrier = twilioCarrier;
    this.sandboxTextCarrier = sandboxTextCarrier;
    this.sendGridCarrier = sendGridCarrier;
    this.sandboxEmailCarrier = sandboxEmailCarrier;
  }

  @Produces
  TextCarrier textCarrier() {
    return twilio.configured() ? twilioCarrier.get() : sandboxTextCarrier.get();
  }

  @Produces
  EmailCarrier emailCarrier() {
    return sendGrid.configured() ? sendGridCarrier.get() : sandboxEmailCarrier.get();
  }

  /** Says at start which carriers are active. */
  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (!announced.compareAndSet(false, true)) {
      return;
    }
    for (String problem : twilio.problems()) {
      LOG.log(Level.WARNING, "Twilio configuration: {0}", problem);
    }
    LOG.info(describeText(twilio));
    LOG.info(describeEmail(sendGrid));
  }

  /** The start-up line about SMS and WhatsApp (never a secret). */
  static String describeText(TwilioSettings settings) {
    if (!settings.configured()) {
      return "SMS and WhatsApp go through the sandbox carrier (nothing is sent): set "
          + env(TwilioSettings.ACCOUNT_SID)
          + " and "
          + env(TwilioSettings.AUTH_TOKEN)
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
    return "SMS and WhatsApp go through Twilio: account "
        + LogMasks.identifier(settings.accountSid().orElseThrow())
        + (credentials.apiKey()
            ? ", API key " + LogMasks.identifier(credentials.username())
            : ", auth token")
        + ", "
        + (senders.isEmpty() ? "no default sender" : senders)
        + ", base URL "
        + settings.baseUrl();
  }

  /** The start-up line about email (never a secret). */
  static String describeEmail(SendGridSettings settings) {
    if (!settings.configured()) {
      return "Email goes through the sandbox carrier (nothing is sent): set "
          + env(SendGridSettings.API_KEY)
          + " to use SendGrid";
    }
    return "Email goes through SendGrid: base URL "
        + settings.baseUrl()
        + ", "
        + (settings.verifiedSenders().isEmpty()
            ? "any sender allowed (set " + env(SendGridSettings.VERIFIED_SENDERS) + ")"
            : settings.verifiedSenders().size() + " verified sender(s)");
  }

  private static String env(String key) {
    return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
