package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.domain.shared.JsonStrings;
import java.util.Map;
import java.util.TreeMap;

/** WhatsApp template variables as the JSON object Twilio's {@code ContentVariables} takes. */
final class TemplateVariables {
  private TemplateVariables() {}

  static String toJson(Map<String, String> variables) {
    StringBuilder json = new StringBuilder("{");
    new TreeMap<>(variables)
        .forEach(
            (k, v) ->
                json.append(json.length() > 1 ? "," : "")
                    .append(JsonStrings.quote(k))
                    .append(':')
                    .append(JsonStrings.quote(v)));
    return json.append('}').toString();
  }
}
