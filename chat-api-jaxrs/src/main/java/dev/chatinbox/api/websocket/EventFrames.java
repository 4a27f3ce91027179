package dev.chatinbox.api.websocket;

import dev.chatinbox.api.events.EventData;
import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.view.FeedEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.util.Map;

/**
 * The frames the server sends ({@code decisions.md}, real-time): events {@code {type, data, id,
 * occurredAt}} whose {@code data} is the spec's {@code MessageOutput} or {@code ConversationOutput}
 * ({@code {id}} for a deletion) and whose {@code id} is the change-log position; and control frames
 * {@code subscribed}, {@code unsubscribed}, {@code pong}, {@code error}.
 */
final class EventFrames {
  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  /** An event or control frame. */
  public record Frame(String type, Object data, String id, String occurredAt) {}

  private EventFrames() {}

  static String event(FeedEvent event) {
    Object data = EventData.of(event);
    return JSON.toJson(
        new Frame(
            event.type().wireName(),
            data,
            Long.toString(event.sequence()),
            Timestamps.format(event.occurredAt())));
  }

  static String control(String type, Map<String, ?> data) {
    return JSON.toJson(new Frame(type, data.isEmpty() ? null : data, null, null));
  }

  static String error(String code, String message) {
    return control("error", Map.of("code", code, "message", message));
  }
}
