package dev.chatinbox.core.domain.contact;

import java.util.Optional;
import java.util.regex.Pattern;

/** E.164 phone numbers: {@code +} and 7 to 15 digits, the first not zero. */
public final class PhoneNumbers {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");

  private PhoneNumbers() {}

  /**
   * Normalises a number written with spaces, dashes, dots or parentheses (and an optional {@code
   * whatsapp:} prefix) to E.164; empty when it is not a valid E.164 number.
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
    return E164.matcher(value).matches() ? Optional.of(value) : Optional.empty();
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
