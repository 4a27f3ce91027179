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
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern NUMERIC_ENTITY =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

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
            .replace("&#96;", "`");
    text = numericEntities(text).replace("&amp;", "&");
    return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
  }

  /**
   * A one-line plain-text preview of sanitised HTML (a conversation's last message): the text
   * alternative with every run of white space, line breaks included, made one space.
   */
  public static String preview(String sanitisedHtml) {
    return WHITE_SPACE.matcher(plainText(sanitisedHtml)).replaceAll(" ").strip();
  }

  /** {@code &#233;} and {@code &#xE9;} as the characters they stand for. */
  private static String numericEntities(String text) {
    return NUMERIC_ENTITY
        .matcher(text)
        .replaceAll(
            m -> {
              try {
                int code =
                    m.group(1) != null
                        ? Integer.parseInt(m.group(1), 16)
                        : Integer.parseInt(m.group(2));
                return java.util.regex.Matcher.quoteReplacement(Character.toString(code));
              } catch (IllegalArgumentException e) {
                return java.util.regex.Matcher.quoteReplacement(m.group());
              }
            });
  }

  private static String escapeThenBreaks(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return escaped.replace("\r\n", "\n").replace("\n", "<br>");
  }
}
