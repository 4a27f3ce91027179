package dev.chatinbox.api.rest.user;

import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.core.application.user.NewUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The body of {@code POST /users}: field types here (a 400 naming each wrong one), the rules
 * (pattern, lengths, roles, uniqueness) in the core. A null optional field counts as absent; any
 * other field is a 400 naming it.
 */
final class CreateUserBody {
  static final Set<String> FIELDS =
      Set.of("username", "name", "email", "avatar", "roles", "subject");
  static final int MAX_ROLES = 10;

  private CreateUserBody() {}

  static NewUser parse(JsonValue json) {
    JsonFields fields = JsonFields.of(withoutNulls(json), FIELDS);
    NewUser input =
        new NewUser(
            fields.string("username").orElse(null),
            fields.string("name").orElse(null),
            fields.string("email"),
            fields.string("avatar"),
            fields.strings("roles", MAX_ROLES).orElse(null),
            fields.string("subject"));
    fields.validate();
    return input;
  }

  private static JsonValue withoutNulls(JsonValue json) {
    if (!(json instanceof JsonObject object)) {
      return json;
    }
    JsonObjectBuilder copy = Json.createObjectBuilder();
    object.forEach(
        (key, value) -> {
          if (value != JsonValue.NULL) {
            copy.add(key, value);
          }
        });
    return copy.build();
  }
}
