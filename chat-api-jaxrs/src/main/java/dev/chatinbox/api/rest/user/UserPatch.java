package dev.chatinbox.api.rest.user;

import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.core.application.user.UserChanges;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * The PATCH body of a user: {@code name}, {@code avatar} (a URL, or null to remove it), {@code
 * roles}, {@code active}. Anything else — unknown or read-only ({@code id}, {@code username},
 * {@code subject}, {@code email}) — is a 400 naming it.
 */
final class UserPatch {
  static final Set<String> FIELDS = Set.of("name", "avatar", "roles", "active");

  private UserPatch() {}

  static UserChanges parse(JsonValue json) {
    JsonFields fields = JsonFields.of(json, FIELDS);
    Optional<Optional<String>> avatar;
    if (json instanceof JsonObject object && object.get("avatar") == JsonValue.NULL) {
      avatar = Optional.of(Optional.empty());
    } else {
      avatar = fields.string("avatar").map(Optional::of);
    }
    UserChanges changes =
        new UserChanges(
            fields.string("name"),
            avatar,
            fields.strings("roles", CreateUserBody.MAX_ROLES),
            fields.bool("active"));
    fields.validate();
    return changes;
  }
}
