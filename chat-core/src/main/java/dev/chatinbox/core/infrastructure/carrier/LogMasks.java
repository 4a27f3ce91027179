package dev.chatinbox.core.infrastructure.carrier;

/**
 * Shortened forms of addresses and identifiers for log lines: enough to tell messages apart, never
 * a contact's full address (STYLE.md: no contact data at INFO).
 */
public final class LogMasks {
  private LogMasks() {}

  /** {@code +14155550101} → {@code +141******01}; {@code whatsapp:} prefixes are kept. */
  public static String phone(String phone) {
    if (phone == null || phone.isBlank()) {
      return "-";
    }
    String prefix = "";
    String number = phone.strip();
    int colon = number.indexOf(':');
    if (colon >= 0) {
      prefix = number.substring(0, colon + 1);
      number = number.substring(colon + 1);
    }
    if (number.length() <= 6) {
      return prefix + "*".repeat(number.length());
    }
    return prefix
        + number.substring(0, 4)
        + "*".repeat(number.length() - 6)
        + number.substring(number.length() - 2);
  }

  /** {@code maria@example.com} → {@code m***@example.com}. */
  public static String email(String email) {
    if (email == null || email.isBlank()) {
      return "-";
    }
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return "***";
    }
    return email.charAt(0) + "***" + email.substring(at);
  }

  /** An identifier that is not secret but need not be logged whole: {@code AC12…cdef}. */
  public static String identifier(String id) {
    if (id == null || id.isBlank()) {
      return "-";
    }
    return id.length() <= 8
        ? id.charAt(0) + "…"
        : id.substring(0, 4) + "…" + id.substring(id.length() - 4);
  }
}
