package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import dev.chatinbox.core.application.messaging.VerifiedSenders;
import dev.chatinbox.core.infrastructure.carrier.ConfigValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The SendGrid configuration ({@code chat.sendgrid.*}, environment {@code CHAT_SENDGRID_*}).
 * SendGrid is used when the API key is set ({@link #configured()}); otherwise email goes through
 * the sandbox.
 *
 * <p>{@link #toString()} never shows the API key.
 */
@ApplicationScoped
public class SendGridSettings {
  public static final String API_KEY = "chat.sendgrid.api-key";
  public static final String BASE_URL = "chat.sendgrid.base-url";
  public static final String VERIFIED_SENDERS = "chat.sendgrid.verified-senders";
  public static final String TIMEOUT_MS = "chat.sendgrid.timeout-ms";

  public static final String DEFAULT_BASE_URL = "https://api.sendgrid.com";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private String apiKey;
  private URI baseUrl;
  private VerifiedSenders verifiedSenders;
  private Duration timeout;

  /** For the CDI proxy. */
  protected SendGridSettings() {}

  /** Reads the {@code chat.sendgrid.*} keys. */
  @Inject
  public SendGridSettings(Config config) {
    this(
        builder()
            .apiKey(ConfigValues.text(config, API_KEY))
            .baseUrl(ConfigValues.text(config, BASE_URL))
            .verifiedSenders(ConfigValues.text(config, VERIFIED_SENDERS))
            .timeout(ConfigValues.millis(config, TIMEOUT_MS, DEFAULT_TIMEOUT)));
  }

  private SendGridSettings(Builder b) {
    this.apiKey = b.apiKey;
    this.baseUrl = ConfigValues.httpUrl(BASE_URL, b.baseUrl == null ? DEFAULT_BASE_URL : b.baseUrl);
    this.verifiedSenders = b.verifiedSenders;
    this.timeout = ConfigValues.positive(TIMEOUT_MS, b.timeout);
  }

  /** Settings built in code (tests, tools); unset values take the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether SendGrid can be called (the API key is set). */
  public boolean configured() {
    return apiKey != null;
  }

  /** The API key (secret). */
  public Optional<String> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  /**
   * Scheme, host and port (and optional path prefix) that replace {@code https://api.sendgrid.com}.
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Connect and read timeout of each call. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The configured senders, lower-cased: addresses, or {@code @domain} for a whole domain. Sends
   * are checked against them by {@link VerifiedSenders#allows} (through {@code OutboundSettings}).
   */
  public Set<String> verifiedSenders() {
    return verifiedSenders.entries();
  }

  @Override
  public String toString() {
    return "SendGridSettings[apiKey="
        + ConfigValues.presence(apiKey)
        + ", baseUrl="
        + baseUrl
        + ", verifiedSenders="
        + verifiedSenders.entries()
        + ", timeout="
        + timeout.toMillis()
        + "ms]";
  }

  /** Builds settings in code; blank values count as unset. */
  public static final class Builder {
    private String apiKey;
    private String baseUrl;
    private VerifiedSenders verifiedSenders = VerifiedSenders.parse(null);
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder() {}

    public Builder apiKey(String value) {
      this.apiKey = ConfigValues.blankToNull(value);
      return this;
    }

    public Builder baseUrl(String value) {
      this.baseUrl = ConfigValues.blankToNull(value);
      return this;
    }

    /** Comma-separated addresses and {@code @domain}s. */
    public Builder verifiedSenders(String commaSeparated) {
      this.verifiedSenders = VerifiedSenders.parse(commaSeparated);
      return this;
    }

    public Builder timeout(Duration value) {
      this.timeout = value;
      return this;
    }

    public SendGridSettings build() {
      return new SendGridSettings(this);
    }
  }
}
