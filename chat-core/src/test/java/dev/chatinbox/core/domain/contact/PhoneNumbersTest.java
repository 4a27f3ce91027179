package dev.chatinbox.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers normalise to E.164 (+ and 7 to 15 digits, the first not zero) or are rejected. */
class PhoneNumbersTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "+14155550100            | +14155550100",
        "+1 415 555 0100         | +14155550100",
        "+1-415-555-0100         | +14155550100",
        "+1 (415) 555-0100       | +14155550100",
        "+1.415.555.0100         | +14155550100",
        "'  +44 20 7946 0958  '  | +442079460958",
        "'+44\t20 7946 0958'     | +442079460958",
        "whatsapp:+14155550100   | +14155550100",
        "WhatsApp:+1 415-555-0100 | +14155550100",
        "whatsapp: +44 7700 900123 | +447700900123",
        "0044 20 7946 0958       | +442079460958",
        "00 33 6 12 34 56 78     | +33612345678",
        "whatsapp:0033612345678  | +33612345678",
        "+1234567                | +1234567",
        "+123456789012345        | +123456789012345"
      })
  void normalisesToE164(String raw, String e164) {
    assertEquals(Optional.of(e164), PhoneNumbers.normalise(raw));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "4155550100", // no country code
        "(415) 555-0100",
        "+0155550100", // country code cannot start with 0
        "000441234567", // 00 then 0
        "+123456", // 6 digits
        "+1234567890123456", // 16 digits
        "++14155550100",
        "+1 415 555 0100 ext 2",
        "+1-415-CALL-NOW",
        "+1/415/555/0100",
        "+1_415_555_0100",
        "tel:+14155550100",
        "whatsapp:",
        "whatsapp:whatsapp:+14155550100",
        "+",
        "00"
      })
  void rejectsInvalidNumbers(String raw) {
    assertEquals(Optional.empty(), PhoneNumbers.normalise(raw));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "+1 (415) 555-0100 | 14155550100",
        "+442079460958 | 442079460958",
        "whatsapp:+1 2 3 | 123",
        "abc | ''"
      })
  void digitsKeepsOnlyDigits(String value, String digits) {
    assertEquals(digits, PhoneNumbers.digits(value));
  }
}
