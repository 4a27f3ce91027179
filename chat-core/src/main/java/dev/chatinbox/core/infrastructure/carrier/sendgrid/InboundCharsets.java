package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The charsets of an Inbound Parse post: SendGrid sends each field (text, html, subject, from, to…)
 * in the charset the email used and names them in the {@code charsets} field, e.g. {@code
 * {"to":"UTF-8","subject":"iso-8859-1","text":"windows-1252"}}. A field it does not name, or names
 * with a charset Java does not know, is read as UTF-8.
 *
 * <p>{@code iso-8859-1} and {@code us-ascii} are read as {@code windows-1252}, as browsers do (the
 * WHATWG Encoding Standard): mail clients (Outlook among them) label windows-1252 text so, and in
 * real ISO-8859-1 the bytes 0x80–0x9F, where the two differ, are unused control codes.
 */
final class InboundCharsets {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Map<String, Charset> byField;

  private InboundCharsets(Map<String, Charset> byField) {
    this.byField = byField;
  }

  /** Reads the {@code charsets} field (ASCII JSON); absent or malformed: every field is UTF-8. */
  static InboundCharsets of(byte[] charsetsField) {
    Map<String, Charset> byField = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (charsetsField != null && charsetsField.length > 0) {
      try (JsonReader reader =
          Json.createReader(
              new StringReader(new String(charsetsField, StandardCharsets.US_ASCII)))) {
        JsonObject declared = reader.readObject();
        declared.forEach(
            (field, name) -> {
              if (name instanceof JsonString s) {
                named(s.getString()).ifPresent(c -> byField.put(field, c));
              }
            });
      } catch (JsonException | IllegalStateException e) {
        // not JSON: fall back to UTF-8 for every field
      }
    }
    return new InboundCharsets(byField);
  }

  /** The field's text, decoded by its declared charset. */
  String decode(String field, byte[] content) {
    return new String(content, byField.getOrDefault(field, StandardCharsets.UTF_8));
  }

  /** A charset by its (case-insensitive) name, with the WHATWG reading of Latin-1 labels. */
  static Optional<Charset> named(String name) {
    String label = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    if (label.equals("iso-8859-1")
        || label.equals("iso8859-1")
        || label.equals("latin1")
        || label.equals("us-ascii")
        || label.equals("ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    try {
      return Optional.of(Charset.forName(label));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
