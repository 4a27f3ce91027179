package dev.chatinbox.core.application.messaging;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Email bodies as we store and send them: HTML reduced to safe formatting (no scripts, no event
 * handlers, no {@code javascript:} URLs — OWASP Java HTML Sanitizer), with a plain-text alternative
 * derived from it.
 */
public final class EmailHtml {
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(Sanitizers.STYLES)
          .and(new HtmlPolicyBuilder().allowElements("hr", "span", "div", "br").toFactory());
  private static final Pattern LINE_BREAKS =
      Pattern.compile("(?i)<br\\s*/?>|</(p|div|h[1-6]|li|tr|blockquote)>");
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private EmailHtml() {}

  /**
   * The body with everything unsafe removed. Plain text comes out HTML-escaped, line breaks kept.
   */
  public static String sanitise(String body) {
    boolean looksLikeHtml = body.contains("<") && body.contains(">");
    String html = looksLikeHtml ? body : body.replace("\r\n", "\n").replace("\n", "<br>");
    return POLICY.sanitize(looksLikeHtml ? html : escapeThenBreaks(body));
  }

  /** A plain-text alternative of sanitised HTML. */
  public static String plainText(String sanitisedHtml) {
    String text = LINE_BREAKS.matcher(sanitisedHtml).replaceAll("\n");
    text = TAGS.matcher(text).replaceAll("");
    text =
        text.replace("&nbsp;", " ")
            .replace("&#34;", "\"")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#64;", "@")
            .replace("&#61;", "=")
            .replace("&#43;", "+")
            .replace("&#96;", "`")
            .replace("&amp;", "&");
    return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
  }

  private static String escapeThenBreaks(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return escaped.replace("\r\n", "\n").replace("\n", "<br>");
  }
}
