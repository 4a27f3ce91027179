package dev.chatinbox.core.infrastructure.carrier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.infrastructure.carrier.sendgrid.SendGridSettings;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioSettings;
import org.junit.jupiter.api.Test;

/** The start-up lines that say which carriers are active: helpful, and without secrets. */
class CarrierStartupLinesTest {
  private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

  @Test
  void saysWhenTextGoesThroughTheSandboxAndHowToChangeIt() {
    String line =
        dev.chatinbox.core.infrastructure.carrier.twilio.TwilioCarrierChoice.describe(
            TwilioSettings.builder().build());

    assertTrue(line.contains("sandbox"), line);
    assertTrue(line.contains("CHAT_TWILIO_ACCOUNT_SID"), line);
    assertTrue(line.contains("CHAT_TWILIO_AUTH_TOKEN"), line);
  }

  @Test
  void describesTwilioWithoutSecrets() {
    String line =
        dev.chatinbox.core.infrastructure.carrier.twilio.TwilioCarrierChoice.describe(
            TwilioSettings.builder()
                .accountSid(ACCOUNT)
                .authToken("token-secret")
                .apiKey("SK0123456789abcdef0123456789abcdef", "key-secret")
                .smsFrom("+14155550100")
                .build());

    assertTrue(line.contains("Twilio"), line);
    assertTrue(line.contains("API key"), line);
    assertTrue(line.contains("SMS from +14155550100"), line);
    assertTrue(line.contains("https://api.twilio.com"), line);
    assertFalse(line.contains("token-secret"), line);
    assertFalse(line.contains("key-secret"), line);
    assertFalse(line.contains(ACCOUNT), line);
  }

  @Test
  void describesEmailWithoutTheKey() {
    String sandbox =
        dev.chatinbox.core.infrastructure.carrier.sendgrid.SendGridCarrierChoice.describe(
            SendGridSettings.builder().build());
    String sendGrid =
        dev.chatinbox.core.infrastructure.carrier.sendgrid.SendGridCarrierChoice.describe(
            SendGridSettings.builder()
                .apiKey("SG.key-secret")
                .verifiedSenders("support@example.com")
                .build());

    assertTrue(sandbox.contains("sandbox") && sandbox.contains("CHAT_SENDGRID_API_KEY"), sandbox);
    assertTrue(sendGrid.contains("SendGrid") && sendGrid.contains("1 verified sender"), sendGrid);
    assertFalse(sendGrid.contains("key-secret"), sendGrid);
  }
}
