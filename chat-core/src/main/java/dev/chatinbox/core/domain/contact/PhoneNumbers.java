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

  /** Longest sender address stored as given (the {@code contact_phones.phone} column). */
  public static final int MAX_SENDER_LENGTH = 32;

  /**
   * The address a carrier reported a message from, as the contact's phone: the E.164 number when it
   * parses ({@link #normalise}), else the sender as given — a short code ({@code 12345}) or an
   * alphanumeric sender id ({@code ACME}) — trimmed, without a {@code whatsapp:} prefix, at most
   * {@value #MAX_SENDER_LENGTH} characters. Such a sender can write to us but cannot be written to
   * ({@link #isReachable}).
   */
  public static String senderAddress(String raw) {
    String value = raw.strip();
    if (value.regionMatches(true, 0, "whatsapp:", 0, 9)) {
      value = value.substring(9).strip();
    }
    String given = value;
    return normalise(value)
        .orElseGet(
            () ->
                given.length() > MAX_SENDER_LENGTH ? given.substring(0, MAX_SENDER_LENGTH) : given);
  }

  /** Whether messages can be sent to this stored phone: only E.164 numbers can. */
  public static boolean isReachable(String storedPhone) {
    return normalise(storedPhone).filter(storedPhone::equals).isPresent();
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
