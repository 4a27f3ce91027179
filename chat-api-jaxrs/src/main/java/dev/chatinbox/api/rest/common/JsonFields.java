package dev.chatinbox.api.rest.common;

import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a PATCH body field by field, so that absent, null and wrong-typed fields are told apart and
 * every unknown or read-only field is named in the 400 (no mass assignment). Collects all problems,
 * then {@link #validate()} throws them at once.
 */
public final class JsonFields {
  private final JsonObject body;
  private final List<FieldViolation> violations = new ArrayList<>();

  private JsonFields(JsonObject body) {
    this.body = body;
  }

  /** The body as an object whose keys are all in {@code allowed}. */
  public static JsonFields of(JsonValue json, Set<String> allowed) {
    if (json == null) {
      throw new InvalidInputException("body", "a JSON object is required");
    }
    if (!(json instanceof JsonObject object)) {
      throw new BadRequestException(
          "The body must be a JSON object", new JsonException("expected a JSON object"));
    }
    JsonFields fields = new JsonFields(object);
    object.keySet().stream()
        .filter(key -> !allowed.contains(key))
        .sorted()
        .forEach(
            key ->
                fields.reject(
                    key,
                    "unknown or read-only field; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList())));
    return fields;
  }

  public boolean has(String name) {
    return body.containsKey(name);
  }

  public Optional<Boolean> bool(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonValue v = body.get(name);
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return Optional.of(v == JsonValue.TRUE);
    }
    return reject(name, "must be true or false");
  }

  public Optional<Integer> integer(String name, int min, int max) {
    if (!has(name)) {
      return Optional.empty();
    }
    if (body.get(name) instanceof JsonNumber n
        && n.isIntegral()
        && n.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) >= 0
        && n.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) <= 0) {
      return Optional.of(n.intValue());
    }
    return reject(name, "must be an integer between " + min + " and " + max);
  }

  public Optional<String> string(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    if (body.get(name) instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    return reject(name, "must be a string");
  }

  /** A string or null: present-and-empty means null (clear). */
  public Optional<Optional<String>> nullableString(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonValue v = body.get(name);
    if (v == JsonValue.NULL) {
      return Optional.of(Optional.empty());
    }
    if (v instanceof JsonString s) {
      return Optional.of(Optional.of(s.getString()));
    }
    return reject(name, "must be a string or null");
  }

  /** A UUID or null: present-and-empty means null (clear). */
  public Optional<Optional<UUID>> nullableId(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonValue v = body.get(name);
    if (v == JsonValue.NULL) {
      return Optional.of(Optional.empty());
    }
    if (v instanceof JsonString s && Ids.parse(s.getString()).isPresent()) {
      return Optional.of(Ids.parse(s.getString()));
    }
    return reject(name, "must be a user id (UUID) or null");
  }

  public Optional<List<String>> strings(String name, int maxItems) {
    if (!has(name)) {
      return Optional.empty();
    }
    if (body.get(name) instanceof jakarta.json.JsonArray array
        && array.size() <= maxItems
        && array.stream().allMatch(JsonString.class::isInstance)) {
      return Optional.of(array.stream().map(v -> ((JsonString) v).getString()).toList());
    }
    return reject(name, "must be an array of at most " + maxItems + " strings");
  }

  public Optional<List<UUID>> ids(String name, int maxItems) {
    Optional<List<String>> raw = strings(name, maxItems);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    if (raw.get().stream().allMatch(s -> Ids.parse(s).isPresent())) {
      return Optional.of(raw.get().stream().map(s -> Ids.parse(s).orElseThrow()).toList());
    }
    return reject(name, "must be an array of user ids (UUIDs)");
  }

  private <T> Optional<T> reject(String name, String message) {
    violations.add(new FieldViolation(name, message));
    return Optional.empty();
  }

  /** Throws a 400 naming every bad field, if any. */
  public void validate() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
