package dev.chatinbox.core.domain.contact;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email addresses as the inbox stores them: trimmed, lower-cased, a plain {@code local@domain}. */
public final class EmailAddresses {
  /** RFC 5321 limit on the whole address. */
  public static final int MAX_LENGTH = 320;

  private static final Pattern ADDRESS =
      Pattern.compile(
          "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private EmailAddresses() {}

  /** The normalised address, or empty when it is not a valid address. */
  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.trim();
    if (value.isEmpty() || value.length() > MAX_LENGTH || !ADDRESS.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(value.toLowerCase(Locale.ROOT));
  }
}
