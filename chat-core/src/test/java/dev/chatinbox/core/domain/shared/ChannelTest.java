package dev.chatinbox.core.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Channels use the spec's wire names and parse them ignoring case and surrounding spaces. */
class ChannelTest {
  @Test
  void wireNamesAreTheSpecs() {
    assertEquals("SMS", Channel.SMS.wireName());
    assertEquals("WhatsApp", Channel.WHATSAPP.wireName());
    assertEquals("Email", Channel.EMAIL.wireName());
  }

  @Test
  void everyWireNameParsesBack() {
    for (Channel channel : Channel.values()) {
      assertEquals(Optional.of(channel), Channel.fromWireName(channel.wireName()));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "sms, SMS",
    "Sms, SMS",
    "whatsapp, WHATSAPP",
    "WHATSAPP, WHATSAPP",
    "wHaTsApP, WHATSAPP",
    "email, EMAIL",
    "EMAIL, EMAIL",
    "' Email ', EMAIL"
  })
  void parsingIgnoresCaseAndSpaces(String value, Channel expected) {
    assertEquals(Optional.of(expected), Channel.fromWireName(value));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "whats app", "whatsapp:", "mail", "e-mail", "MMS", "voice"})
  void unknownNamesAreEmpty(String value) {
    assertEquals(Optional.empty(), Channel.fromWireName(value));
  }
}
