package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.messaging.SendEmail;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Turns the wire forms of send requests (strings, base64, string-or-array) into typed values. */
final class SendInputs {
  private final List<FieldViolation> violations = new ArrayList<>();

  Optional<Instant> scheduledAt(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    Optional<Instant> at = Timestamps.parse(raw);
    if (at.isEmpty()) {
      violations.add(
          new FieldViolation(
              "scheduledAt",
              "must be an ISO 8601 date-time with offset, e.g. 2026-12-01T09:00:00Z"));
    }
    return at;
  }

  /** A comma-separated string or an array of strings; absent or null is empty. */
  List<String> addresses(String field, JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (value instanceof JsonString s) {
      return Arrays.stream(s.getString().split(","))
          .map(String::trim)
          .filter(a -> !a.isEmpty())
          .toList();
    }
    if (value instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
      return array.getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .map(String::trim)
          .filter(a -> !a.isEmpty())
          .toList();
    }
    violations.add(
        new FieldViolation(
            field, "must be a comma-separated string or an array of email addresses"));
    return List.of();
  }

  /**
   * WhatsApp template variables: a JSON object of strings (numbers are taken as their text), or
   * that object as a JSON string — the form Twilio's own {@code ContentVariables} takes. Absent or
   * null is none.
   */
  Map<String, String> templateVariables(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return Map.of();
    }
    JsonValue object = value;
    if (value instanceof JsonString s) {
      try (JsonReader reader = Json.createReader(new StringReader(s.getString()))) {
        object = reader.readValue();
      } catch (JsonException e) {
        object = null;
      }
    }
    if (object instanceof JsonObject variables
        && variables.values().stream()
            .allMatch(v -> v instanceof JsonString || v instanceof JsonNumber)) {
      Map<String, String> found = new TreeMap<>();
      variables.forEach(
          (k, v) -> found.put(k, v instanceof JsonString text ? text.getString() : v.toString()));
      return found;
    }
    violations.add(
        new FieldViolation(
            "contentVariables",
            "must be an object of strings, e.g. {\"1\":\"Ann\"}, or that object as a JSON string"));
    return Map.of();
  }

  List<SendEmail.Attachment> attachments(List<EmailAttachmentRequest> requests) {
    List<SendEmail.Attachment> files = new ArrayList<>();
    if (requests == null) {
      return files;
    }
    for (int i = 0; i < requests.size(); i++) {
      EmailAttachmentRequest r = requests.get(i);
      if (r == null || r.content() == null) {
        violations.add(
            new FieldViolation("attachments[" + i + "].content", "is required (base64)"));
        continue;
      }
      try {
        files.add(
            new SendEmail.Attachment(
                r.filename(), r.contentType(), Base64.getMimeDecoder().decode(r.content())));
      } catch (IllegalArgumentException e) {
        violations.add(new FieldViolation("attachments[" + i + "].content", "must be base64"));
      }
    }
    return files;
  }

  void validate() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
