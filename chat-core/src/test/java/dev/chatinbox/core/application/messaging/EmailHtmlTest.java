package dev.chatinbox.core.application.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Email bodies are sanitised before they are stored or sent, with a plain-text alternative. */
class EmailHtmlTest {
  @Test
  void scriptsEventHandlersAndJavascriptUrlsAreRemoved() {
    String html =
        "<p onclick=\"steal()\">Hello <b>Maria</b></p><script>alert(1)</script>"
            + "<a href=\"javascript:alert(1)\">x</a><a href=\"https://example.com\">site</a><img src=x onerror=alert(1)>";
    String clean = EmailHtml.sanitise(html);
    assertFalse(clean.contains("script"), clean);
    assertFalse(clean.contains("onclick"), clean);
    assertFalse(clean.contains("onerror"), clean);
    assertFalse(clean.contains("javascript:"), clean);
    assertTrue(clean.contains("<b>Maria</b>"), clean);
    assertTrue(clean.contains("https://example.com"), clean);
  }

  @Test
  void plainTextBodiesKeepTheirLineBreaksAndAreEscaped() {
    String clean = EmailHtml.sanitise("Hi Maria,\n\n1 < 2 & 3 > 2\nBob");
    assertEquals("Hi Maria,\n\n1 < 2 & 3 > 2\nBob", EmailHtml.plainText(clean));
    assertFalse(clean.contains("<2"), "text is escaped, not taken as markup");
  }

  @Test
  void plainTextAlternativeOfHtml() {
    assertEquals(
        "Hello Maria\nSee you",
        EmailHtml.plainText(EmailHtml.sanitise("<p>Hello <i>Maria</i></p><p>See you</p>")));
  }

  @Test
  void aPreviewIsOneLineOfPlainText() {
    assertEquals(
        "Hi, Order #123 < 5 café ？",
        EmailHtml.preview("Hi,<br /><br />Order #123 &lt; 5 caf&#233; &#xff1f;\n"));
    assertEquals("Line one Line two", EmailHtml.preview("<p>Line one</p><p>Line   two</p>"));
  }
}
