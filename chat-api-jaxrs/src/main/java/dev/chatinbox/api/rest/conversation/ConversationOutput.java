package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.view.ConversationView;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The spec's {@code ConversationOutput}. Absent optional fields are omitted. */
@Schema(name = "ConversationOutput")
public record ConversationOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String contactId,
    @Schema(required = true) String fullName,
    String username,
    @Schema(description = "Avatar URL") String profile,
    @Schema(description = "Job title or role") String title,
    @Schema(
            required = true,
            enumeration = {"SMS", "WhatsApp", "Email"})
        String channel,
    @Schema(required = true) int unreadCount,
    @JsonbProperty("isStarred") @Schema(name = "isStarred", required = true) boolean isStarred,
    LastMessageOutput lastMessage,
    @Schema(description = "ISO 8601 UTC with milliseconds") String lastMessageTimestamp,
    @Schema(required = true) ContactDetailOutput contactDetails,
    @Schema(
            required = true,
            enumeration = {"open", "pending", "snoozed", "resolved"},
            description = "Our addition (#18): where the team is with the conversation")
        String status,
    @Schema(description = "Our addition (#18): when a snoozed conversation opens again")
        String snoozedUntil,
    @Schema(description = "Our addition (#18): the team member it is assigned to")
        AssigneeOutput assignee,
    @Schema(description = "Our addition (#18): the team it is assigned to") TeamRefOutput team) {

  public static ConversationOutput of(ConversationView v) {
    return new ConversationOutput(
        v.id().toString(),
        v.contactId().toString(),
        v.fullName(),
        v.username().orElse(null),
        v.profile().orElse(null),
        v.title().orElse(null),
        v.channel().wireName(),
        v.unreadCount(),
        v.starred(),
        v.lastMessage().map(LastMessageOutput::of).orElse(null),
        v.lastMessageTimestamp().map(Timestamps::format).orElse(null),
        ContactDetailOutput.of(v.contactDetails()),
        v.status().wireName(),
        v.snoozedUntil().map(Timestamps::format).orElse(null),
        v.assignee().map(AssigneeOutput::of).orElse(null),
        v.team().map(TeamRefOutput::of).orElse(null));
  }
}
