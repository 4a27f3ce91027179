package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.core.application.view.PersonView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team member beside a contact (owner or follower). */
@Schema(name = "PersonOutput")
public record PersonOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String name,
    @Schema(required = true) String username,
    @Schema(description = "Avatar URL") String avatar) {
  public static PersonOutput of(PersonView p) {
    return new PersonOutput(p.id().toString(), p.name(), p.username(), p.avatar());
  }
}
