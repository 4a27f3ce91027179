package dev.chatinbox.api.rest.user;

import dev.chatinbox.core.application.view.UserView;
import dev.chatinbox.core.domain.user.Role;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user of spec 7.1, plus {@code active}. Absent optional fields are omitted. */
@Schema(name = "UserOutput")
public record UserOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String name,
    @Schema(required = true) String username,
    @Schema(description = "Omitted when the user has none") String email,
    @Schema(description = "Avatar URL") String avatar,
    @Schema(
            required = true,
            description =
                "The directory's copy of the roles (ADMIN, USER, CUST order). Permissions follow the token's groups, not this copy.")
        List<String> roles,
    @Schema(required = true, description = "false: deactivated, the user's tokens are refused")
        boolean active,
    @Schema(
            enumeration = {"online", "busy", "offline"},
            description =
                "Our addition (#18): whether auto-assignment gives the user new conversations"
                    + " (online only); set with PATCH /users/me")
        String availability) {

  public static UserOutput of(UserView v) {
    return new UserOutput(
        v.id().toString(),
        v.name(),
        v.username(),
        v.email().orElse(null),
        v.avatar().orElse(null),
        v.roles().stream().map(Role::name).toList(),
        v.active(),
        v.availability().wireName());
  }
}
