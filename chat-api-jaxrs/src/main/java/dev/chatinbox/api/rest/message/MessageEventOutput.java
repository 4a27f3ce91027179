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
    @Schema(required = true, format = "date-time") String receivedAt) {
  static MessageEventOutput of(MessageEventView e) {
    return new MessageEventOutput(
        e.source(), e.rawStatus(), e.errorCode().orElse(null), Timestamps.format(e.receivedAt()));
  }
}
