package dev.chatinbox.core.infrastructure.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.infrastructure.carrier.sendgrid.SendGridSettings;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioSettings;
import dev.chatinbox.core.support.MapConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link TwilioSettings} and {@link SendGridSettings}: keys, defaults, selection, no secrets shown.
 */
class CarrierSettingsTest {
  private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

  @Test
  void readsEveryTwilioKey() {
    TwilioSettings settings =
        new TwilioSettings(
            new MapConfig(
                Map.of(
                    "chat.twilio.account-sid", ACCOUNT,
                    "chat.twilio.auth-token", "token-secret",
                    "chat.twilio.api-key-sid", "SKabc0123456789",
                    "chat.twilio.api-key-secret", "key-secret",
                    "chat.twilio.sms-from", "+14155550100",
                    "chat.twilio.whatsapp-from", "+14155550111",
                    "chat.twilio.messaging-service-sid", "MG0123456789",
                    "chat.twilio.base-url", "https://api.dublin.ie1.twilio.com/",
                    "chat.twilio.connect-timeout-ms", "1500",
                    "chat.twilio.read-timeout-ms", "2500")));

    assertTrue(settings.configured());
    assertEquals(Optional.of(ACCOUNT), settings.accountSid());
    assertEquals(Optional.of("token-secret"), settings.authToken());
    assertEquals(Optional.of("+14155550100"), settings.smsFrom());
    assertEquals(Optional.of("+14155550111"), settings.whatsappFrom());
    assertEquals(Optional.of("MG0123456789"), settings.messagingServiceSid());
    assertEquals(URI.create("https://api.dublin.ie1.twilio.com"), settings.baseUrl());
    assertEquals(Duration.ofMillis(1500), settings.connectTimeout());
    assertEquals(Duration.ofMillis(2500), settings.readTimeout());
    TwilioSettings.Credentials credentials = settings.apiCredentials().orElseThrow();
    assertTrue(credentials.apiKey(), "the API key pair is preferred for API calls");
    assertEquals("SKabc0123456789", credentials.username());
    assertEquals("key-secret", credentials.password());
  }

  @Test
  void twilioDefaultsToTheSandboxAndTheDefaults() {
    TwilioSettings settings =
        new TwilioSettings(new MapConfig(Map.of("chat.twilio.auth-token", "")));

    assertFalse(settings.configured());
    assertEquals(URI.create("https://api.twilio.com"), settings.baseUrl());
    assertEquals(Duration.ofSeconds(5), settings.connectTimeout());
    assertEquals(Duration.ofSeconds(10), settings.readTimeout());
    assertTrue(settings.problems().isEmpty(), settings.problems().toString());
  }

  @Test
  void twilioNeedsTheAccountAndACompleteCredential() {
    assertTrue(TwilioSettings.builder().accountSid(ACCOUNT).authToken("t").build().configured());
    assertFalse(TwilioSettings.builder().accountSid(ACCOUNT).build().configured());
    assertFalse(TwilioSettings.builder().authToken("t").build().configured());
    assertFalse(
        TwilioSettings.builder().accountSid(ACCOUNT).apiKey("SK1", null).build().configured());
    assertFalse(TwilioSettings.builder().apiKey("SK1", "s").build().configured());
    TwilioSettings apiKeyOnly =
        TwilioSettings.builder().accountSid(ACCOUNT).apiKey("SK1", "s").build();
    assertTrue(apiKeyOnly.configured());
    assertTrue(apiKeyOnly.apiCredentials().orElseThrow().apiKey());
    TwilioSettings tokenOnly = TwilioSettings.builder().accountSid(ACCOUNT).authToken("t").build();
    assertEquals(ACCOUNT, tokenOnly.apiCredentials().orElseThrow().username());
    assertFalse(tokenOnly.apiCredentials().orElseThrow().apiKey());
  }

  @Test
  void twilioExplainsAnIncompleteConfiguration() {
    assertTrue(
        TwilioSettings.builder()
            .accountSid(ACCOUNT)
            .build()
            .problems()
            .get(0)
            .contains("chat.twilio.auth-token"));
    assertTrue(
        TwilioSettings.builder().accountSid(ACCOUNT).apiKey("SK1", null).build().problems().stream()
            .anyMatch(
                p ->
                    p.contains(
                        "chat.twilio.api-key-sid is set without chat.twilio.api-key-secret")));
    assertTrue(
        TwilioSettings.builder()
            .authToken("t")
            .build()
            .problems()
            .get(0)
            .contains("chat.twilio.account-sid"));
    assertTrue(
        TwilioSettings.builder()
            .accountSid(ACCOUNT)
            .authToken("t")
            .build()
            .problems()
            .get(0)
            .contains("no default sender"));
    assertTrue(
        TwilioSettings.builder()
            .accountSid(ACCOUNT)
            .authToken("t")
            .smsFrom("+14155550100")
            .build()
            .problems()
            .isEmpty());
  }

  @Test
  void twilioSettingsNeverShowSecrets() {
    TwilioSettings settings =
        TwilioSettings.builder()
            .accountSid(ACCOUNT)
            .authToken("token-secret")
            .apiKey("SK0123456789abcdef", "key-secret")
            .build();

    String text = settings.toString() + settings.apiCredentials().orElseThrow();

    assertFalse(text.contains("token-secret"), text);
    assertFalse(text.contains("key-secret"), text);
    assertFalse(text.contains(ACCOUNT), text);
    assertTrue(text.contains("authToken=<set>"), text);
  }

  @Test
  void badTwilioValuesNameTheirKey() {
    IllegalArgumentException url =
        assertThrows(
            IllegalArgumentException.class,
            () -> TwilioSettings.builder().baseUrl("ftp://example.com").build());
    assertTrue(url.getMessage().contains("chat.twilio.base-url"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TwilioSettings.builder().baseUrl("not a url").build());
    IllegalArgumentException timeout =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TwilioSettings(new MapConfig(Map.of("chat.twilio.read-timeout-ms", "soon"))));
    assertTrue(timeout.getMessage().contains("chat.twilio.read-timeout-ms"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TwilioSettings.builder().connectTimeout(Duration.ZERO).build());
  }

  @Test
  void readsEverySendGridKey() {
    SendGridSettings settings =
        new SendGridSettings(
            new MapConfig(
                Map.of(
                    "chat.sendgrid.api-key", "SG.key-secret",
                    "chat.sendgrid.base-url", "http://127.0.0.1:8025",
                    "chat.sendgrid.verified-senders", " Support@Example.com, @Shop.example ,",
                    "chat.sendgrid.timeout-ms", "4000")));

    assertTrue(settings.configured());
    assertEquals(Optional.of("SG.key-secret"), settings.apiKey());
    assertEquals(URI.create("http://127.0.0.1:8025"), settings.baseUrl());
    assertEquals(Set.of("support@example.com", "@shop.example"), settings.verifiedSenders());
    assertEquals(Duration.ofMillis(4000), settings.timeout());
  }

  @Test
  void sendGridDefaultsToTheSandboxAndTheDefaults() {
    SendGridSettings settings = new SendGridSettings(new MapConfig(Map.of()));

    assertFalse(settings.configured());
    assertEquals(URI.create("https://api.sendgrid.com"), settings.baseUrl());
    assertEquals(Duration.ofSeconds(10), settings.timeout());
    assertTrue(settings.verifiedSenders().isEmpty(), "no list: any sender");
  }

  @Test
  void sendGridSettingsNeverShowTheKey() {
    String text = SendGridSettings.builder().apiKey("SG.key-secret").build().toString();

    assertFalse(text.contains("key-secret"), text);
    assertTrue(text.contains("apiKey=<set>"), text);
  }
}
