package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded words ({@code =?charset?B|Q?text?=}) in a header value such as {@code
 * From} or {@code Subject}. Adjacent encoded words are joined (the white space between them is not
 * part of the text, RFC 2047 section 6.2), and their bytes are decoded together when they share a
 * charset, so that a character split across two words survives. A word in an unknown charset or
 * with malformed content stays as it is.
 */
final class EncodedWords {
  private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");

  private EncodedWords() {}

  static String decode(String value) {
    if (value == null || !value.contains("=?")) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = WORD.matcher(value);
    int last = 0;
    Charset pending = null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while (m.find()) {
      String between = value.substring(last, m.start());
      boolean adjacent = pending != null && between.isBlank();
      Charset charset = charset(m.group(1));
      byte[] decoded = charset == null ? null : bytes(m.group(2), m.group(3));
      if (decoded == null) {
        pending = flush(out, pending, bytes);
        out.append(between).append(m.group());
      } else {
        if (!adjacent || !charset.equals(pending)) {
          pending = flush(out, pending, bytes);
          if (!adjacent) {
            out.append(between);
          }
        }
        pending = charset;
        bytes.writeBytes(decoded);
      }
      last = m.end();
    }
    flush(out, pending, bytes);
    return out.append(value.substring(last)).toString();
  }

  private static Charset flush(StringBuilder out, Charset charset, ByteArrayOutputStream bytes) {
    if (charset != null) {
      out.append(new String(bytes.toByteArray(), charset));
      bytes.reset();
    }
    return null;
  }

  /** The charset of a word ({@code UTF-8}, {@code iso-8859-1*fr} with a language), or null. */
  private static Charset charset(String name) {
    int star = name.indexOf('*');
    return InboundCharsets.named(star >= 0 ? name.substring(0, star) : name).orElse(null);
  }

  /** The bytes of a B (base64) or Q (quoted-printable-like) word; null when malformed. */
  private static byte[] bytes(String encoding, String text) {
    try {
      if (encoding.equalsIgnoreCase("B")) {
        return java.util.Base64.getDecoder().decode(text);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '_') {
          out.write(' ');
        } else if (c == '=') {
          if (i + 2 >= text.length()) {
            return null;
          }
          out.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
          i += 2;
        } else if (c < 128) {
          out.write(c);
        } else {
          return null;
        }
      }
      return out.toByteArray();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
