package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InboundCharsetsTest {
  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void eachFieldIsDecodedByItsDeclaredCharset() {
    InboundCharsets charsets =
        InboundCharsets.of(
            ascii("{\"text\":\"iso-8859-1\",\"subject\":\"Shift_JIS\",\"html\":\"UTF-8\"}"));
    assertEquals(
        "café crème", charsets.decode("text", "café crème".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("ご注文", charsets.decode("subject", "ご注文".getBytes(Charset.forName("Shift_JIS"))));
    assertEquals("naïve", charsets.decode("html", "naïve".getBytes(StandardCharsets.UTF_8)));
    assertEquals("naïve", charsets.decode("from", "naïve".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void latin1LabelsReadWindows1252AsBrowsersDo() {
    InboundCharsets charsets = InboundCharsets.of(ascii("{\"text\":\"ISO-8859-1\"}"));
    String text = "5 € — “fair”";
    assertEquals(text, charsets.decode("text", text.getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void unknownOrMalformedDeclarationsFallBackToUtf8() {
    byte[] utf8 = "é".getBytes(StandardCharsets.UTF_8);
    assertEquals("é", InboundCharsets.of(ascii("{\"text\":\"x-no-such\"}")).decode("text", utf8));
    assertEquals("é", InboundCharsets.of(ascii("not json")).decode("text", utf8));
    assertEquals("é", InboundCharsets.of(null).decode("text", utf8));
  }
}
