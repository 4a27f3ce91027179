package dev.chatinbox.api.rest.team;

import dev.chatinbox.core.application.view.TeamMemberView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of a team. */
@Schema(name = "TeamMemberOutput")
public record TeamMemberOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String name,
    @Schema(required = true) String username,
    @Schema(
            required = true,
            enumeration = {"online", "busy", "offline"})
        String availability) {
  static TeamMemberOutput of(TeamMemberView m) {
    return new TeamMemberOutput(
        m.id().toString(), m.name(), m.username(), m.availability().wireName());
  }
}
