package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.view.MessageView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 9.1's answer: a scheduled message's id, due time and status. */
@Schema(name = "ScheduledMessageOutput")
public record ScheduledMessageOutput(
    @Schema(required = true) String id,
    @Schema(required = true, description = "When it is (or was) due; ISO 8601 UTC")
        String scheduledAt,
    @Schema(
            required = true,
            enumeration = {"scheduled", "sent", "delivered", "read", "failed", "cancelled"},
            description =
                "scheduled until it is due (or cancelled); then it follows the carrier like any send")
        String status) {

  public static ScheduledMessageOutput of(MessageView m) {
    return new ScheduledMessageOutput(
        m.id().toString(),
        m.scheduledAt().map(Timestamps::format).orElse(null),
        m.status().map(s -> s.wireName()).orElse(null));
  }
}
