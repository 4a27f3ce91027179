package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.view.LastMessageView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The latest message of a conversation, as shown in the list. */
@Schema(name = "LastMessageOutput")
public record LastMessageOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String message,
    @Schema(
            required = true,
            description =
                "'You' when the caller sent it, the team member's name when another user did, 'System' for system notes, else the contact's name")
        String sender,
    @Schema(required = true, description = "ISO 8601 UTC with milliseconds") String timestamp,
    @Schema(
            required = true,
            enumeration = {"SMS", "WhatsApp", "Email"})
        String channel) {
  static LastMessageOutput of(LastMessageView m) {
    return new LastMessageOutput(
        m.id().toString(),
        m.message(),
        m.sender(),
        Timestamps.format(m.timestamp()),
        m.channel().wireName());
  }
}
