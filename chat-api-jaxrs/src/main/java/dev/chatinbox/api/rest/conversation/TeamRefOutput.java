package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.core.application.view.TeamRefView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The team a conversation is assigned to (#18). */
@Schema(name = "TeamRefOutput")
public record TeamRefOutput(
    @Schema(required = true) String id, @Schema(required = true) String name) {
  public static TeamRefOutput of(TeamRefView t) {
    return new TeamRefOutput(t.id().toString(), t.name());
  }
}
