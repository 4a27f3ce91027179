package dev.chatinbox.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Phone numbers normalise to E.164 when libphonenumber finds them valid for their country, written
 * in international form; anything else is rejected.
 */
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
        "whatsapp: +44 7911 123456 | +447911123456",
        "0044 20 7946 0958       | +442079460958",
        "00 33 6 12 34 56 78     | +33612345678",
        "whatsapp:0033612345678  | +33612345678",
        "+1 500 555 0006         | +15005550006", // Twilio's test sender
        "+49 30 123456           | +4930123456",
        "+81 3-1234-5678         | +81312345678",
        "+61 4 1234 5678         | +61412345678",
        "+55 11 91234-5678       | +5511912345678",
        "+376 312 345            | +376312345" // Andorra: six digits
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
        "00",
        // national formats: valid numbers, but only E.164 is accepted
        "415 555 0100",
        "020 7946 0958",
        "07911 123456",
        "06 12 34 56 78",
        // country codes that do not exist
        "+999 123 456 789",
        "+800", // the international freephone prefix alone
        "+28 123 456 789",
        "+0 415 555 0100",
        // the right country, the wrong numbering plan
        "+1 999 555 0000", // no such area code
        "+1 415 055 0100", // an exchange cannot start with 0
        "+44 20 7946 095", // one digit short
        "+33 6 12 34 56 78 9", // one digit too many
        "+1234567", // the old length-only rule took this
        "+123456789012345",
        // what libphonenumber would otherwise accept leniently
        "+1 415 555 0100 x2",
        "+1 415 555 0100;ext=2",
        "+1 800 FLOWERS",
        "+１４１５５５５０１００", // full-width digits
        "whatsapp:+",
        "whatsapp:00"
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
