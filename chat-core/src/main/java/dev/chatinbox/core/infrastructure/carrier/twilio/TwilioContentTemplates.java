package dev.chatinbox.core.infrastructure.carrier.twilio;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.content.v1.Content;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of WhatsApp templates, read from Twilio's Content API ({@code GET
 * https://content.twilio.com/v1/Content/{ContentSid}}, the SDK's {@code Content.fetcher}) and kept
 * per Content SID (an approved template does not change; a failed lookup is not kept, so the next
 * send asks again). The text is the {@code body} of the template's {@code twilio/text} type, else
 * of its first type that has one; its placeholders {@code {{1}}}, {@code {{name}}} are filled from
 * the message's variables.
 */
final class TwilioContentTemplates {
  private static final Logger LOG = Logger.getLogger(TwilioContentTemplates.class.getName());
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");
  private static final String TEXT_TYPE = "twilio/text";

  private final Map<String, String> bodies = new ConcurrentHashMap<>();

  /**
   * The text a template sends with these variables; empty when Twilio could not tell (unknown
   * template, no text type, Content API unreachable). Never throws: a send does not depend on it.
   */
  Optional<String> render(TwilioRestClient client, String contentSid, Map<String, String> values) {
    return body(client, contentSid).map(body -> fill(body, values));
  }

  private Optional<String> body(TwilioRestClient client, String contentSid) {
    String known = bodies.get(contentSid);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      Optional<String> body = textOf(Content.fetcher(contentSid).fetch(client).getTypes());
      body.ifPresent(b -> bodies.put(contentSid, b));
      return body;
    } catch (RuntimeException e) {
      LOG.log(
          Level.FINE,
          "Twilio's Content API did not give the text of template {0}: {1}",
          new Object[] {contentSid, e.toString()});
      return Optional.empty();
    }
  }

  /** The body of the {@code twilio/text} type, else of the first type that has one. */
  static Optional<String> textOf(Object types) {
    if (types instanceof Content.Types typed && typed.getTwilioText() != null) {
      return Optional.ofNullable(typed.getTwilioText().getBody());
    }
    if (!(types instanceof Map<?, ?> byType)) {
      return Optional.empty();
    }
    Optional<String> text = bodyOf(byType.get(TEXT_TYPE));
    if (text.isPresent()) {
      return text;
    }
    return byType.values().stream()
        .map(TwilioContentTemplates::bodyOf)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> bodyOf(Object type) {
    return type instanceof Map<?, ?> fields && fields.get("body") instanceof String body
        ? Optional.of(body)
        : Optional.empty();
  }

  /** The template's placeholders replaced by the values; a placeholder without one stays. */
  static String fill(String body, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values == null ? null : values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
