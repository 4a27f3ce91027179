package dev.chatinbox.core.domain.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers in E.164 ({@code +} country code and national number), checked with Google's
 * libphonenumber against each country's numbering plan: a number must be valid for its country, not
 * merely have the right count of digits.
 *
 * <p>Only international forms are accepted: {@code +…} or {@code 00…} (the international prefix
 * most countries dial), written with spaces, dashes, dots or parentheses, optionally prefixed with
 * {@code whatsapp:}. A national form ({@code (415) 555-0100}, {@code 020 7946 0958}) is refused
 * rather than guessed: the inbox serves contacts in every country, so no default region is right.
 * libphonenumber's own leniency (letters, extensions, {@code tel:} URIs) is refused before it
 * parses, so that the number stored is exactly the number written.
 */
public final class PhoneNumbers {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");
  private static final Pattern INTERNATIONAL = Pattern.compile("\\+[0-9]{1,17}");

  private PhoneNumbers() {}

  /**
   * Normalises a number written with spaces, dashes, dots or parentheses (and an optional {@code
   * whatsapp:} prefix) to E.164; empty when it is not a valid number in international form.
   */
  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.trim();
    if (value.regionMatches(true, 0, "whatsapp:", 0, 9)) {
      value = value.substring(9);
    }
    value = SEPARATORS.matcher(value).replaceAll("");
    if (value.startsWith("00")) {
      value = "+" + value.substring(2);
    }
    if (!INTERNATIONAL.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      // "ZZ": no default region, so only numbers with their country code parse
      PhoneNumber number = UTIL.parse(value, "ZZ");
      if (!UTIL.isValidNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** The digits of a number, for searching by a fragment typed without {@code +} or spaces. */
  public static String digits(String value) {
    StringBuilder digits = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }
}
