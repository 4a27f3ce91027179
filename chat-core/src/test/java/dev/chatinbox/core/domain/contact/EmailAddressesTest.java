package dev.chatinbox.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Email addresses normalise to a trimmed, lower-cased RFC 5322 addr-spec with a host-name domain,
 * of at most 320 characters.
 */
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
        "x@sub-domain.example.com          | x@sub-domain.example.com",
        "a!#$%&*/=?^`{}~-b@example.com     | a!#$%&*/=?^`{}~-b@example.com",
        "'\"John Doe\"@Example.com'         | '\"john doe\"@example.com'",
        "'\"john..doe\"@example.com'        | '\"john..doe\"@example.com'",
        "'\".dot\"@example.com'             | '\".dot\"@example.com'",
        "'\"at@sign\"@example.com'          | '\"at@sign\"@example.com'",
        "'\"a\\\"b\"@example.com'           | '\"a\\\"b\"@example.com'",
        "user@xn--bcher-kva.example        | user@xn--bcher-kva.example",
        "user@123.example                  | user@123.example"
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
        "maria@example.com, james@example.org",
        // dot-atom: no leading, trailing or double dot outside quotes
        ".maria@example.com",
        "maria.@example.com",
        "ma..ria@example.com",
        // quoted strings: closed, no bare quote or backslash at the end, one line
        "\"maria@example.com",
        "\"ma\"ria\"@example.com",
        "\"maria\\\"@example.com",
        "\"ma\nria\"@example.com",
        "\"ma\"ria@example.com",
        "ma\"ria\"@example.com",
        // outside RFC 5322 atext
        "ma(ria)@example.com",
        "ma,ria@example.com",
        "ma[ria]@example.com",
        "ma\\ria@example.com",
        // domain literals and non-host domains
        "maria@[192.0.2.1]",
        "maria@[IPv6:2001:db8::1]",
        "maria@exa!mple.com",
        "maria@example.c%m",
        "maria@münchen.example"
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
  void acceptsEveryAtextCharacterOfRfc5322() {
    assertEquals(Optional.of("a|b@example.com"), EmailAddresses.normalise("a|b@example.com"));
    assertEquals(
        Optional.of("!#$%&'*+-/=?^_`{|}~@example.com"),
        EmailAddresses.normalise("!#$%&'*+-/=?^_`{|}~@example.com"));
  }

  @Test
  void aQuotedLocalPartCountsItsQuotesTowardsThe64Characters() {
    String quoted = "\"" + "a".repeat(62) + "\"";
    assertEquals(
        Optional.of(quoted + "@example.com"), EmailAddresses.normalise(quoted + "@example.com"));
    assertEquals(
        Optional.empty(), EmailAddresses.normalise("\"" + "a".repeat(63) + "\"@example.com"));
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
