package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.view.MessageEventView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One carrier report about a message (our addition). */
@Schema(name = "MessageEventOutput")
public record MessageEventOutput(
    @Schema(
            required = true,
            enumeration = {"twilio", "sendgrid"})
        String source,
    @Schema(
            required = true,
            description = "The carrier's raw status or event, e.g. delivered, undelivered, bounce")
        String rawStatus,
    @Schema(description = "The carrier's error code, when it gave one") String errorCode,
    @Schema(required = true, format = "date-time", description = "When we received the report")
        String receivedAt,
    @Schema(
            format = "date-time",
            description =
                "When the carrier says it happened (SendGrid's event timestamp, Twilio's delivery receipt date), when it says")
        String occurredAt,
    @Schema(
            enumeration = {"sent", "delivered", "read", "failed", "cancelled"},
            description =
                "The status the report maps to; absent when it means nothing for the status (queued, processed, click…)."
                    + " A mapped status that came late (e.g. sent after delivered) is kept here but does not move the message back.")
        String status) {
  static MessageEventOutput of(MessageEventView e) {
    return new MessageEventOutput(
        e.source(),
        e.rawStatus(),
        e.errorCode().orElse(null),
        Timestamps.format(e.receivedAt()),
        e.occurredAt().map(Timestamps::format).orElse(null),
        e.status().map(s -> s.wireName()).orElse(null));
  }
}
