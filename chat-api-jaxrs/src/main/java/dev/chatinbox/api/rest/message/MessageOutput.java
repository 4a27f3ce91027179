package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.shared.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The spec's {@code MessageOutput}, plus {@code scheduledAt} for scheduled messages. */
@Schema(name = "MessageOutput")
public record MessageOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String conversationId,
    @Schema(
            required = true,
            description =
                "The user's id (senderType user), the contact's full name (contact), or 'system'")
        String sender,
    @Schema(
            required = true,
            enumeration = {"user", "contact", "system"})
        String senderType,
    @Schema(required = true) String message,
    @Schema(
            required = true,
            enumeration = {"SMS", "WhatsApp", "Email"})
        String channel,
    @Schema(required = true, description = "ISO 8601 UTC with milliseconds") String timestamp,
    @Schema(
            enumeration = {
              "queued",
              "scheduled",
              "sent",
              "delivered",
              "read",
              "failed",
              "cancelled"
            },
            description =
                "Outbound messages only. queued and scheduled are additions to the spec; Twilio 'undelivered' is failed.")
        String status,
    @Schema(description = "When a scheduled message is due") String scheduledAt,
    MessageMetadataOutput metadata) {

  public static MessageOutput of(MessageView m) {
    // the spec names the carrier fields by channel: twilio* for SMS and WhatsApp, email* for email
    boolean email = m.channel() == Channel.EMAIL;
    MessageMetadataOutput metadata =
        new MessageMetadataOutput(
            email ? null : m.carrierMessageId().orElse(null),
            email ? null : m.carrierStatus().orElse(null),
            email ? m.carrierMessageId().orElse(null) : null,
            email ? m.carrierStatus().orElse(null) : null,
            m.errorCode().orElse(null),
            m.errorMessage().orElse(null),
            m.subject().orElse(null),
            m.attachments().isEmpty()
                ? null
                : m.attachments().stream().map(AttachmentOutput::of).toList(),
            m.scheduledLateness().map(java.time.Duration::toMillis).orElse(null),
            m.originalLength().orElse(null));
    return new MessageOutput(
        m.id().toString(),
        m.conversationId().toString(),
        m.sender(),
        m.senderType().wireName(),
        m.message(),
        m.channel().wireName(),
        Timestamps.format(m.timestamp()),
        m.status().map(s -> s.wireName()).orElse(null),
        m.scheduledAt().map(Timestamps::format).orElse(null),
        metadata.isEmpty() ? null : metadata);
  }
}
