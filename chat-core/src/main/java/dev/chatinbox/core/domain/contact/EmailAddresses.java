package dev.chatinbox.core.domain.contact;

import java.util.Locale;
import java.util.Optional;

/**
 * Email addresses as the inbox stores them: trimmed, lower-cased, an RFC 5322 {@code addr-spec}
 * ({@code local-part "@" domain}) that mail can be delivered to.
 *
 * <ul>
 *   <li>The local part is a {@code dot-atom} (atoms of {@code A-Z a-z 0-9 !#$%&'*+-/=?^_`{|}~}
 *       joined by single dots) or a {@code quoted-string} ({@code "john doe"}, with {@code \"} and
 *       {@code \\} escapes); at most 64 characters (RFC 5321).
 *   <li>The domain is a host name of two labels or more, each of letters, digits and inner hyphens,
 *       at most 63 characters (RFC 5321 §4.1.2 narrows RFC 5322's {@code dot-atom} domain to what
 *       DNS can resolve). Domain literals ({@code [192.0.2.1]}) are refused: carriers do not
 *       deliver to them.
 *   <li>The whole address has at most {@value #MAX_LENGTH} characters.
 * </ul>
 *
 * <p>Display names, comments, folding white space, obsolete forms and non-ASCII (internationalised)
 * addresses are refused: the inbox stores and sends a bare address.
 */
public final class EmailAddresses {
  /** RFC 5321 limit on the whole address. */
  public static final int MAX_LENGTH = 320;

  /** RFC 5321 limit on the local part. */
  static final int MAX_LOCAL_LENGTH = 64;

  private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

  private EmailAddresses() {}

  /** The normalised address, or empty when it is not a valid address. */
  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.trim();
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int at = value.lastIndexOf('@');
    if (at <= 0) {
      return Optional.empty();
    }
    String local = value.substring(0, at);
    String domain = value.substring(at + 1);
    if (local.length() > MAX_LOCAL_LENGTH
        || !(isDotAtom(local) || isQuotedString(local))
        || !isHostName(domain)) {
      return Optional.empty();
    }
    return Optional.of(value.toLowerCase(Locale.ROOT));
  }

  /** {@code 1*atext *("." 1*atext)}. */
  static boolean isDotAtom(String text) {
    if (text.isEmpty() || text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && !isAtext(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code DQUOTE *([FWS] qcontent) [FWS] DQUOTE} on one line: spaces and tabs, no CR/LF. */
  static boolean isQuotedString(String text) {
    if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
      return false;
    }
    for (int i = 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        // quoted-pair: a backslash and a visible character or white space
        i++;
        if (i >= text.length() - 1) {
          return false;
        }
        char escaped = text.charAt(i);
        if (!(isVisible(escaped) || escaped == ' ' || escaped == '\t')) {
          return false;
        }
      } else if (c == '"') {
        return false;
      } else if (!(isVisible(c) || c == ' ' || c == '\t')) {
        return false;
      }
    }
    return true;
  }

  /** Two labels or more of letters, digits and inner hyphens, each at most 63 characters. */
  static boolean isHostName(String domain) {
    if (domain.isEmpty() || domain.length() > 255) {
      return false;
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!(isAsciiLetterOrDigit(c) || c == '-')) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isAtext(char c) {
    return isAsciiLetterOrDigit(c) || ATEXT_SPECIALS.indexOf(c) >= 0;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** VCHAR: printable US-ASCII, {@code !} to {@code ~}. */
  private static boolean isVisible(char c) {
    return c >= '!' && c <= '~';
  }
}
