package dev.chatinbox.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Email addresses normalise to a trimmed, lower-cased local@domain of at most 320 characters. */
class EmailAddressesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "maria@example.com                 | maria@example.com",
        "Maria.Garcia@Example.COM          | maria.garcia@example.com",
        "'  maria@example.com \t'          | maria@example.com",
        "james_100%@example.org            | james_100%@example.org",
        "a@b.co                            | a@b.co",
        "x@sub-domain.example.com          | x@sub-domain.example.com"
      })
  void normalisesValidAddresses(String raw, String normalised) {
    assertEquals(Optional.of(normalised), EmailAddresses.normalise(raw));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "  ",
        "plain",
        "@example.com",
        "maria@",
        "maria@localhost", // no dot in the domain
        "maria@@example.com",
        "maria garcia@example.com",
        "maria@exa mple.com",
        "maria@-example.com",
        "maria@example-.com",
        "maria@exa_mple.com",
        "maria@example..com",
        "maria@example.com.",
        "maría@example.com",
        "Maria <maria@example.com>",
        "maria@example.com, james@example.org"
      })
  void rejectsInvalidAddresses(String raw) {
    assertEquals(Optional.empty(), EmailAddresses.normalise(raw));
  }

  @Test
  void acceptsApostrophesAndPlusInTheLocalPart() {
    assertEquals(
        Optional.of("o'brien+orders@mail.example.co.uk"),
        EmailAddresses.normalise("O'Brien+orders@Mail.Example.co.uk"));
  }

  @Test
  void localPartHasAtMost64Characters() {
    assertEquals(
        Optional.of("a".repeat(64) + "@example.com"),
        EmailAddresses.normalise("a".repeat(64) + "@example.com"));
    assertEquals(Optional.empty(), EmailAddresses.normalise("a".repeat(65) + "@example.com"));
  }

  @Test
  void addressHasAtMost320Characters() {
    String label = "d".repeat(63);
    String longest = "a".repeat(64) + "@" + label + "." + label + "." + label + "." + label;
    assertEquals(EmailAddresses.MAX_LENGTH, longest.length());
    assertEquals(Optional.of(longest), EmailAddresses.normalise(longest));
    // every part still well-formed, one character too long in total
    String tooLong =
        "a".repeat(64) + "@" + label + "." + label + "." + label + "." + "d".repeat(61) + ".io";
    assertEquals(EmailAddresses.MAX_LENGTH + 1, tooLong.length());
    assertEquals(Optional.empty(), EmailAddresses.normalise(tooLong));
  }
}
