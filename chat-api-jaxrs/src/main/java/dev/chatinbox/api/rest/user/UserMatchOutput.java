package dev.chatinbox.api.rest.user;

import dev.chatinbox.core.application.view.UserView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A search hit of spec 4.2. Absent optional fields are omitted. */
@Schema(name = "UserMatchOutput")
public record UserMatchOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String name,
    @Schema(required = true) String username,
    @Schema(description = "Avatar URL") String avatar,
    String email) {

  public static UserMatchOutput of(UserView v) {
    return new UserMatchOutput(
        v.id().toString(), v.name(), v.username(), v.avatar().orElse(null), v.email().orElse(null));
  }
}
