package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.core.application.ConversationChanges;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a PATCH body field by field: only {@code isStarred} (boolean) and {@code unreadCount}
 * (integer 0..1,000,000) may appear; anything else — unknown or read-only — is a 400 naming it.
 */
final class ConversationPatch {
  static final Set<String> FIELDS = Set.of("isStarred", "unreadCount");

  private ConversationPatch() {}

  static ConversationChanges parse(JsonValue json) {
    if (json == null) {
      throw new InvalidInputException(
          "body", "a JSON object with isStarred and/or unreadCount is required");
    }
    if (!(json instanceof JsonObject body)) {
      // valid JSON, wrong shape: the same problem as unparsable JSON
      throw new BadRequestException(
          "The body must be a JSON object", new JsonException("expected a JSON object"));
    }
    List<FieldViolation> violations = new ArrayList<>();
    body.keySet().stream()
        .filter(key -> !FIELDS.contains(key))
        .sorted()
        .forEach(
            key ->
                violations.add(
                    new FieldViolation(
                        key, "unknown or read-only field; allowed: isStarred, unreadCount")));

    Optional<Boolean> starred = Optional.empty();
    if (body.containsKey("isStarred")) {
      JsonValue value = body.get("isStarred");
      if (value.getValueType() == JsonValue.ValueType.TRUE
          || value.getValueType() == JsonValue.ValueType.FALSE) {
        starred = Optional.of(value.getValueType() == JsonValue.ValueType.TRUE);
      } else {
        violations.add(new FieldViolation("isStarred", "must be true or false"));
      }
    }
    Optional<Integer> unread = Optional.empty();
    if (body.containsKey("unreadCount")) {
      JsonValue value = body.get("unreadCount");
      if (value instanceof JsonNumber number
          && number.isIntegral()
          && number.bigDecimalValue().signum() >= 0
          && number
                  .bigDecimalValue()
                  .compareTo(java.math.BigDecimal.valueOf(Conversation.MAX_UNREAD))
              <= 0) {
        unread = Optional.of(number.intValue());
      } else {
        violations.add(
            new FieldViolation(
                "unreadCount", "must be an integer between 0 and " + Conversation.MAX_UNREAD));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new ConversationChanges(starred, unread);
  }
}
