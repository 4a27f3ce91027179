package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.shared.Channel;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The spec's {@code MessageOutput}, plus {@code scheduledAt} for scheduled messages. */
@Schema(name = "MessageOutput")
public record MessageOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String conversationId,
    @Schema(
            required = true,
            description =
                "The user's id (senderType user, and activity done by a team member), the contact's"
                    + " full name (contact), or 'system'")
        String sender,
    @Schema(
            required = true,
            enumeration = {"user", "contact", "system", "activity", "note"},
            description =
                "activity (our addition, #18): a timeline entry recording what the team did"
                    + " (status change, assignment, snooze, wake-up), never sent to the contact;"
                    + " note (our addition, #18): a team member's private note (POST"
                    + " /conversations/{id}/notes), never sent to the contact, sender is its author's id")
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
    MessageMetadataOutput metadata,
    @Schema(
            enumeration = {"status", "assignment", "snooze", "wake"},
            description = "Activity entries only: what the entry records")
        String activity) {

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
            m.from().orElse(null),
            m.to().orElse(null),
            m.cc().isEmpty() ? null : m.cc(),
            m.bcc().isEmpty() ? null : m.bcc(),
            m.templateSid().orElse(null),
            m.templateVariables()
                .map(MessageOutput::variables)
                .filter(v -> !v.isEmpty())
                .orElse(null),
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
        metadata.isEmpty() ? null : metadata,
        m.activity().orElse(null));
  }

  /** Template variables stored as a JSON object of strings. */
  private static Map<String, String> variables(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      Map<String, String> values = new TreeMap<>();
      reader
          .readObject()
          .forEach(
              (k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
      return values;
    }
  }
}
