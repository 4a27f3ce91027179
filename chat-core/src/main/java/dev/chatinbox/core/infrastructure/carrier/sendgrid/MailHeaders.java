package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The raw header block of an email (Inbound Parse's {@code headers} field), unfolded (RFC 5322
 * 2.2.3), and the address parts of a {@code From} value.
 */
final class MailHeaders {
  private final Map<String, String> values;

  private MailHeaders(Map<String, String> values) {
    this.values = values;
  }

  static MailHeaders parse(String block) {
    Map<String, String> values = new LinkedHashMap<>();
    if (block == null) {
      return new MailHeaders(values);
    }
    List<String> lines = new ArrayList<>();
    for (String line : block.replace("\r\n", "\n").split("\n")) {
      if (!lines.isEmpty() && !line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line.strip());
      } else {
        lines.add(line);
      }
    }
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        // the first occurrence wins: the topmost header is the one the sender's client wrote
        values.putIfAbsent(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
      }
    }
    return new MailHeaders(values);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name.toLowerCase(Locale.ROOT))).filter(v -> !v.isBlank());
  }

  /** {@code "Ann Lee" <ann@example.com>} → the address part. */
  static String address(String from) {
    int open = from.lastIndexOf('<');
    int close = from.lastIndexOf('>');
    return open >= 0 && close > open ? from.substring(open + 1, close).strip() : from.strip();
  }

  /** {@code "Ann Lee" <ann@example.com>} → {@code Ann Lee}, when there is a display name. */
  static Optional<String> displayName(String from) {
    int open = from.lastIndexOf('<');
    if (open <= 0) {
      return Optional.empty();
    }
    String name = from.substring(0, open).strip();
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1).replace("\\\"", "\"");
    }
    return name.isBlank() ? Optional.empty() : Optional.of(name);
  }
}
