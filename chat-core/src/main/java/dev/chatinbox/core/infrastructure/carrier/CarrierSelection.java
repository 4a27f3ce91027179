package dev.chatinbox.core.infrastructure.carrier;

import dev.chatinbox.core.spi.carrier.EmailCarrier;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Provides the one {@link TextCarrier} and the one {@link EmailCarrier} of the application, chosen
 * by name among the adapters ({@link CarrierAdapter}): {@code chat.carrier.text} and {@code
 * chat.carrier.email} name one, or {@code auto} (the default) takes the real carrier when it is
 * configured ({@code twilio} / {@code sendgrid}, see {@link CarrierAutoChoice}) and the sandbox
 * otherwise (the zero-setup default). A new carrier is a package of its own under {@code
 * infrastructure.carrier} plus this configuration. What the producers return are the adapters'
 * contextual references, with their fault-tolerance interceptors.
 */
@ApplicationScoped
public class CarrierSelection {
  public static final String TEXT = "chat.carrier.text";
  public static final String EMAIL = "chat.carrier.email";
  private static final Logger LOG = Logger.getLogger(CarrierSelection.class.getName());

  private final AtomicBoolean announced = new AtomicBoolean();
  private Config config;
  private Instance<CarrierAutoChoice> autoChoices;
  private Instance<TextCarrier> texts;
  private Instance<EmailCarrier> emails;

  /** For the CDI proxy. */
  protected CarrierSelection() {}

  @Inject
  CarrierSelection(
      Config config,
      @Any Instance<CarrierAutoChoice> autoChoices,
      @Any Instance<TextCarrier> texts,
      @Any Instance<EmailCarrier> emails) {
    this.config = config;
    this.autoChoices = autoChoices;
    this.texts = texts;
    this.emails = emails;
  }

  @Produces
  TextCarrier textCarrier() {
    return adapter(texts, textCarrierName(), TEXT);
  }

  @Produces
  EmailCarrier emailCarrier() {
    return adapter(emails, emailCarrierName(), EMAIL);
  }

  /** The name of the text carrier in use. */
  String textCarrierName() {
    return chosen(TEXT, true);
  }

  /** The name of the email carrier in use. */
  String emailCarrierName() {
    return chosen(EMAIL, false);
  }

  private String chosen(String key, boolean text) {
    String name =
        config.getOptionalValue(key, String.class).orElse("auto").strip().toLowerCase(Locale.ROOT);
    if (!name.equals("auto") && !name.isEmpty()) {
      return name;
    }
    return autoChoices.stream()
        .map(choice -> text ? choice.text() : choice.email())
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .orElse("sandbox");
  }

  private static <T> T adapter(Instance<T> adapters, String name, String key) {
    Instance<T> named = adapters.select(new CarrierAdapter.Literal(name));
    if (!named.isResolvable()) {
      throw new IllegalStateException(
          key + " names the carrier '" + name + "', but no carrier adapter has that name");
    }
    return named.get();
  }

  /** Says at start which carriers are in use. */
  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (announced.compareAndSet(false, true)) {
      LOG.info(
          "Carriers: SMS and WhatsApp through '"
              + textCarrierName()
              + "', email through '"
              + emailCarrierName()
              + "'");
    }
  }
}
