package dev.chatinbox.api.rest.message;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Spec 2.5, routed by {@code channel}. {@code to} is our addition: when absent the contact's
 * primary phone (SMS, WhatsApp) or email is used.
 */
@Schema(name = "SendMessageRequest")
public record SendMessageRequest(
    @Schema(
            required = true,
            enumeration = {"SMS", "WhatsApp", "Email"})
        String channel,
    @Schema(description = "Text for SMS/WhatsApp") String message,
    @Schema(description = "Recipient; the contact's primary phone or email when absent") String to,
    @Schema(description = "Sender number (SMS/WhatsApp)") String from,
    String fromName,
    String fromEmail,
    String subject,
    @Schema(description = "Email body (HTML or text)") String body,
    @Schema(description = "Comma-separated string or array") JsonValue cc,
    @Schema(description = "Comma-separated string or array") JsonValue bcc,
    @Schema(
            format = "date-time",
            description =
                "ISO 8601 with offset, in the future and within chat.schedule.horizon (default P365D):"
                    + " send later (status scheduled). Required on /messages/schedule.")
        String scheduledAt,
    String contentSid,
    @Schema(
            type = SchemaType.OBJECT,
            additionalProperties = String.class,
            description = SendWhatsAppRequest.CONTENT_VARIABLES)
        JsonValue contentVariables) {}
