package dev.chatinbox.core.infrastructure.carrier.twilio;

import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.infrastructure.carrier.ConfigValues;
import dev.chatinbox.core.infrastructure.carrier.LogMasks;
import dev.chatinbox.core.spi.carrier.CarrierWebhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The Twilio configuration ({@code chat.twilio.*}, environment {@code CHAT_TWILIO_*}). Twilio is
 * used when an account SID and either the auth token or an API key pair are set ({@link
 * #configured()}); otherwise SMS and WhatsApp go through the sandbox.
 *
 * <p>{@link #toString()} never shows a secret.
 */
@ApplicationScoped
public class TwilioSettings {
  public static final String ACCOUNT_SID = "chat.twilio.account-sid";
  public static final String AUTH_TOKEN = "chat.twilio.auth-token";
  public static final String API_KEY_SID = "chat.twilio.api-key-sid";
  public static final String API_KEY_SECRET = "chat.twilio.api-key-secret";
  public static final String SMS_FROM = "chat.twilio.sms-from";
  public static final String WHATSAPP_FROM = "chat.twilio.whatsapp-from";
  public static final String MESSAGING_SERVICE_SID = "chat.twilio.messaging-service-sid";
  public static final String BASE_URL = "chat.twilio.base-url";
  public static final String CONNECT_TIMEOUT_MS = "chat.twilio.connect-timeout-ms";
  public static final String READ_TIMEOUT_MS = "chat.twilio.read-timeout-ms";
  public static final String PUBLIC_BASE_URL = "chat.public-base-url";

  public static final String DEFAULT_BASE_URL = "https://api.twilio.com";
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

  private String accountSid;
  private String authToken;
  private String apiKeySid;
  private String apiKeySecret;
  private String smsFrom;
  private String whatsappFrom;
  private String messagingServiceSid;
  private URI baseUrl;
  private Duration connectTimeout;
  private Duration readTimeout;
  private String publicBaseUrl;

  /** For the CDI proxy. */
  protected TwilioSettings() {}

  /** Reads the {@code chat.twilio.*} keys. */
  @Inject
  public TwilioSettings(Config config) {
    this(
        builder()
            .accountSid(ConfigValues.text(config, ACCOUNT_SID))
            .authToken(ConfigValues.text(config, AUTH_TOKEN))
            .apiKey(
                ConfigValues.text(config, API_KEY_SID), ConfigValues.text(config, API_KEY_SECRET))
            .smsFrom(ConfigValues.text(config, SMS_FROM))
            .whatsappFrom(ConfigValues.text(config, WHATSAPP_FROM))
            .messagingServiceSid(ConfigValues.text(config, MESSAGING_SERVICE_SID))
            .baseUrl(ConfigValues.text(config, BASE_URL))
            .connectTimeout(
                ConfigValues.millis(config, CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT))
            .readTimeout(ConfigValues.millis(config, READ_TIMEOUT_MS, DEFAULT_READ_TIMEOUT))
            .publicBaseUrl(ConfigValues.text(config, PUBLIC_BASE_URL)));
  }

  private TwilioSettings(Builder b) {
    this.accountSid = b.accountSid;
    this.authToken = b.authToken;
    this.apiKeySid = b.apiKeySid;
    this.apiKeySecret = b.apiKeySecret;
    this.smsFrom = b.smsFrom;
    this.whatsappFrom = b.whatsappFrom;
    this.messagingServiceSid = b.messagingServiceSid;
    this.baseUrl = ConfigValues.httpUrl(BASE_URL, b.baseUrl == null ? DEFAULT_BASE_URL : b.baseUrl);
    this.connectTimeout = ConfigValues.positive(CONNECT_TIMEOUT_MS, b.connectTimeout);
    this.readTimeout = ConfigValues.positive(READ_TIMEOUT_MS, b.readTimeout);
    this.publicBaseUrl = b.publicBaseUrl == null ? null : b.publicBaseUrl.replaceAll("/+$", "");
  }

  /**
   * Where Twilio reports the status of a message sent on {@code channel}: our public URL of that
   * status webhook; empty without a public base URL ({@code chat.public-base-url}), and then Twilio
   * sends no callbacks (reconciliation asks instead).
   */
  public Optional<String> statusCallbackUrl(Channel channel) {
    return Optional.ofNullable(publicBaseUrl)
        .map(base -> base + CarrierWebhook.BASE_PATH + TwilioWebhooks.statusRoute(channel));
  }

  /** Settings built in code (tests, tools); unset values take the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether Twilio can be called: an account SID plus the auth token or a complete API key pair.
   */
  public boolean configured() {
    return accountSid != null && apiCredentials().isPresent();
  }

  /**
   * The user and password of API calls: the API key pair when both halves are set (Twilio's
   * recommendation for production), else the account SID and auth token. The account SID stays the
   * account of the request paths either way.
   */
  public Optional<Credentials> apiCredentials() {
    if (apiKeySid != null && apiKeySecret != null) {
      return Optional.of(new Credentials(apiKeySid, apiKeySecret, true));
    }
    if (accountSid != null && authToken != null) {
      return Optional.of(new Credentials(accountSid, authToken, false));
    }
    return Optional.empty();
  }

  /**
   * What is missing or inconsistent (key names only), for a warning at start; empty when Twilio is
   * either fully configured or not configured at all.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if ((apiKeySid == null) != (apiKeySecret == null)) {
      problems.add(
          (apiKeySid == null
              ? API_KEY_SECRET + " is set without " + API_KEY_SID
              : API_KEY_SID + " is set without " + API_KEY_SECRET));
    }
    boolean anyCredential = authToken != null || apiKeySid != null || apiKeySecret != null;
    if (accountSid == null && anyCredential) {
      problems.add("Twilio credentials are set without " + ACCOUNT_SID);
    }
    if (accountSid != null && apiCredentials().isEmpty()) {
      problems.add(
          ACCOUNT_SID
              + " is set without "
              + AUTH_TOKEN
              + " or "
              + API_KEY_SID
              + " + "
              + API_KEY_SECRET);
    }
    if (configured() && smsFrom == null && whatsappFrom == null && messagingServiceSid == null) {
      problems.add(
          "no default sender: messages that name no 'from' fail until "
              + SMS_FROM
              + ", "
              + WHATSAPP_FROM
              + " or "
              + MESSAGING_SERVICE_SID
              + " is set");
    }
    return problems;
  }

  public Optional<String> accountSid() {
    return Optional.ofNullable(accountSid);
  }

  /** The auth token (secret): also what Twilio signs its webhooks with. */
  public Optional<String> authToken() {
    return Optional.ofNullable(authToken);
  }

  /** Default SMS sender (E.164) for messages that name none. */
  public Optional<String> smsFrom() {
    return Optional.ofNullable(smsFrom);
  }

  /** Default WhatsApp sender (E.164, with or without {@code whatsapp:}). */
  public Optional<String> whatsappFrom() {
    return Optional.ofNullable(whatsappFrom);
  }

  /** Messaging Service that picks the sender for messages that name none. */
  public Optional<String> messagingServiceSid() {
    return Optional.ofNullable(messagingServiceSid);
  }

  /** Scheme, host, port (and optional path prefix) that replace {@code https://api.twilio.com}. */
  public URI baseUrl() {
    return baseUrl;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  @Override
  public String toString() {
    return "TwilioSettings[accountSid="
        + LogMasks.identifier(accountSid)
        + ", authToken="
        + ConfigValues.presence(authToken)
        + ", apiKeySid="
        + LogMasks.identifier(apiKeySid)
        + ", apiKeySecret="
        + ConfigValues.presence(apiKeySecret)
        + ", smsFrom="
        + (smsFrom == null ? "-" : smsFrom)
        + ", whatsappFrom="
        + (whatsappFrom == null ? "-" : whatsappFrom)
        + ", messagingServiceSid="
        + LogMasks.identifier(messagingServiceSid)
        + ", baseUrl="
        + baseUrl
        + ", connectTimeout="
        + connectTimeout.toMillis()
        + "ms, readTimeout="
        + readTimeout.toMillis()
        + "ms]";
  }

  /**
   * The user name and password of Twilio API calls.
   *
   * @param apiKey whether they are an API key pair (else account SID + auth token)
   */
  public record Credentials(String username, String password, boolean apiKey) {
    @Override
    public String toString() {
      return "Credentials[username="
          + LogMasks.identifier(username)
          + ", password=<secret>, apiKey="
          + apiKey
          + "]";
    }
  }

  /** Builds settings in code; blank values count as unset. */
  public static final class Builder {
    private String accountSid;
    private String authToken;
    private String apiKeySid;
    private String apiKeySecret;
    private String smsFrom;
    private String whatsappFrom;
    private String messagingServiceSid;
    private String baseUrl;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private String publicBaseUrl;

    private Builder() {}

    public Builder accountSid(String value) {
      this.accountSid = ConfigValues.blankToNull(value);
      return this;
    }

    public Builder authToken(String value) {
      this.authToken = ConfigValues.blankToNull(value);
      return this;
    }

    public Builder apiKey(String sid, String secret) {
      this.apiKeySid = ConfigValues.blankToNull(sid);
      this.apiKeySecret = ConfigValues.blankToNull(secret);
      return this;
    }

    public Builder smsFrom(String value) {
      this.smsFrom = ConfigValues.blankToNull(value);
      return this;
    }

    public Builder whatsappFrom(String value) {
      this.whatsappFrom = ConfigValues.blankToNull(value);
      return this;
    }

    public Builder messagingServiceSid(String value) {
      this.messagingServiceSid = ConfigValues.blankToNull(value);
      return this;
    }

    public Builder baseUrl(String value) {
      this.baseUrl = ConfigValues.blankToNull(value);
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      this.readTimeout = value;
      return this;
    }

    /** The server's public base URL, for status callback URLs (blank: none). */
    public Builder publicBaseUrl(String value) {
      this.publicBaseUrl = ConfigValues.blankToNull(value);
      return this;
    }

    public TwilioSettings build() {
      return new TwilioSettings(this);
    }
  }
}
