package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import dev.chatinbox.core.infrastructure.carrier.ConfigValues;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * How incoming carrier webhooks are verified ({@code chat.sendgrid.webhook-*}, {@code
 * chat.sendgrid.inbound-secret}); Twilio's webhooks are signed with the auth token of {@link
 * TwilioSettings}. A webhook whose secret is not configured accepts nothing (403): unverified
 * requests never change data. {@link #toString()} never shows a secret.
 */
@ApplicationScoped
public class WebhookSettings {
  public static final String SENDGRID_PUBLIC_KEY = "chat.sendgrid.webhook-public-key";
  public static final String SENDGRID_PUBLIC_KEY_FILE = "chat.sendgrid.webhook-public-key-file";
  public static final String SENDGRID_MAX_AGE_SECONDS = "chat.sendgrid.webhook-max-age-seconds";
  public static final String SENDGRID_INBOUND_SECRET = "chat.sendgrid.inbound-secret";
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);

  private String sendGridPublicKey;
  private java.nio.file.Path sendGridPublicKeyFile;
  private Duration sendGridMaxAge;
  private String inboundSecret;

  protected WebhookSettings() {}

  @Inject
  public WebhookSettings(Config config) {
    this(
        ConfigValues.text(config, SENDGRID_PUBLIC_KEY),
        config
            .getOptionalValue(SENDGRID_MAX_AGE_SECONDS, Long.class)
            .map(Duration::ofSeconds)
            .orElse(DEFAULT_MAX_AGE),
        ConfigValues.text(config, SENDGRID_INBOUND_SECRET));
    String file = ConfigValues.text(config, SENDGRID_PUBLIC_KEY_FILE);
    this.sendGridPublicKeyFile = file == null ? null : java.nio.file.Path.of(file);
  }

  /** Settings given in code (tests, tools); blank values count as unset. */
  public WebhookSettings(String sendGridPublicKey, Duration sendGridMaxAge, String inboundSecret) {
    this.sendGridPublicKey = ConfigValues.blankToNull(sendGridPublicKey);
    this.sendGridMaxAge = ConfigValues.positive(SENDGRID_MAX_AGE_SECONDS, sendGridMaxAge);
    this.inboundSecret = ConfigValues.blankToNull(inboundSecret);
  }

  /**
   * The Event Webhook's verification key as SendGrid shows it (base64 of the DER public key, ECDSA
   * P-256), from {@code chat.sendgrid.webhook-public-key} or else the file named by {@code
   * chat.sendgrid.webhook-public-key-file} (a mounted secret; PEM armour allowed).
   */
  public Optional<String> sendGridPublicKey() {
    if (sendGridPublicKey == null && sendGridPublicKeyFile != null) {
      try {
        return Optional.of(java.nio.file.Files.readString(sendGridPublicKeyFile))
            .filter(key -> !key.isBlank());
      } catch (java.io.IOException e) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(sendGridPublicKey);
  }

  /** How old a signed SendGrid event batch may be (replay window, both directions). */
  public Duration sendGridMaxAge() {
    return sendGridMaxAge;
  }

  /** The shared secret of the Inbound Parse webhook (basic-auth password or {@code token}). */
  public Optional<String> inboundSecret() {
    return Optional.ofNullable(inboundSecret);
  }

  @Override
  public String toString() {
    return "WebhookSettings[sendGridPublicKey="
        + (sendGridPublicKey != null ? "<set>" : sendGridPublicKeyFile != null ? "<file>" : "-")
        + ", sendGridMaxAge="
        + sendGridMaxAge.toSeconds()
        + "s, inboundSecret="
        + ConfigValues.presence(inboundSecret)
        + "]";
  }
}
