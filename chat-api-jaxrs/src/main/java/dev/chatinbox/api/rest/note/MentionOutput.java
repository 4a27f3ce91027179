package dev.chatinbox.api.rest.note;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.api.rest.message.MessageOutput;
import dev.chatinbox.core.application.view.MentionView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mention of the caller in a note (GET /mentions, and the WebSocket event {@code mention}). */
@Schema(name = "Mention")
public record MentionOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String conversationId,
    @Schema(required = true, description = "User id of the note's author") String mentionedBy,
    @Schema(required = true, description = "ISO 8601 UTC with milliseconds") String createdAt,
    @Schema(description = "When the caller marked it read; omitted while unread") String readAt,
    @Schema(required = true, description = "The note (senderType note)") MessageOutput note) {

  public static MentionOutput of(MentionView v) {
    return new MentionOutput(
        v.id().toString(),
        v.conversationId().toString(),
        v.mentionedBy().toString(),
        Timestamps.format(v.createdAt()),
        v.readAt().map(Timestamps::format).orElse(null),
        MessageOutput.of(v.note()));
  }
}
