package dev.chatinbox.api.websocket;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;

/**
 * A client frame: {@code {"action": "subscribe" | "unsubscribe" | "ping", "conversationId"?,
 * "since"?}}.
 *
 * @param since resume after this event id (subscribe only)
 */
record ClientAction(Kind kind, Optional<UUID> conversationId, Optional<Long> since) {
  enum Kind {
    SUBSCRIBE,
    UNSUBSCRIBE,
    PING
  }

  /** A frame the client got wrong; answered with an error frame, the connection stays. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  static ClientAction parse(String text) throws Malformed {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      json = reader.readObject();
    } catch (RuntimeException e) {
      throw new Malformed("a frame must be a JSON object with an action");
    }
    Kind kind =
        switch (json.getString("action", "")) {
          case "subscribe" -> Kind.SUBSCRIBE;
          case "unsubscribe" -> Kind.UNSUBSCRIBE;
          case "ping" -> Kind.PING;
          default -> throw new Malformed("action must be subscribe, unsubscribe or ping");
        };
    Optional<UUID> conversation = Optional.empty();
    JsonValue id = json.get("conversationId");
    if (id != null && id.getValueType() != JsonValue.ValueType.NULL) {
      if (!(id instanceof JsonString s)) {
        throw new Malformed("conversationId must be a string");
      }
      try {
        conversation = Optional.of(UUID.fromString(s.getString()));
      } catch (IllegalArgumentException e) {
        throw new Malformed("conversationId must be a conversation id");
      }
    }
    Optional<Long> since = Optional.empty();
    JsonValue raw = json.get("since");
    if (raw != null && raw.getValueType() != JsonValue.ValueType.NULL) {
      try {
        long value =
            raw instanceof JsonNumber n
                ? n.longValueExact()
                : Long.parseLong(((JsonString) raw).getString());
        if (value < 0) {
          throw new NumberFormatException();
        }
        since = Optional.of(value);
      } catch (RuntimeException e) {
        throw new Malformed("since must be an event id");
      }
    }
    return new ClientAction(kind, conversation, since);
  }
}
