package dev.chatinbox.api.rest.team;

import dev.chatinbox.core.application.view.TeamView;
import dev.chatinbox.core.domain.shared.Channel;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team. */
@Schema(name = "TeamOutput")
public record TeamOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String name,
    @Schema(
            required = true,
            description =
                "New inbound conversations of inboundChannels go round-robin to online members"
                    + " under agentCapacity")
        boolean autoAssign,
    @Schema(required = true, description = "Most unresolved conversations a member holds")
        int agentCapacity,
    @Schema(
            required = true,
            description = "Channels whose new inbound conversations go to this team")
        List<String> inboundChannels,
    @Schema(required = true) List<TeamMemberOutput> members) {
  static TeamOutput of(TeamView t) {
    return new TeamOutput(
        t.id().toString(),
        t.name(),
        t.autoAssign(),
        t.agentCapacity(),
        t.inboundChannels().stream().map(Channel::wireName).toList(),
        t.members().stream().map(TeamMemberOutput::of).toList());
  }
}
