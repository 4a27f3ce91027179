package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.core.application.view.PersonView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The team member a conversation is assigned to (#18). */
@Schema(name = "AssigneeOutput")
public record AssigneeOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String name,
    @Schema(required = true) String username) {
  public static AssigneeOutput of(PersonView p) {
    return new AssigneeOutput(p.id().toString(), p.name(), p.username());
  }
}
