package dev.chatinbox.api.rest.message;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 2.3, plus an approved template for messages outside the 24-hour window (our addition). */
@Schema(name = "SendWhatsAppRequest")
public record SendWhatsAppRequest(
    @Schema(
            maxLength = 4096,
            description = "Free-form text: only within 24 hours of the contact's last message")
        String message,
    @Schema(description = "Sender (E.164 or whatsapp:+…); the configured default when absent")
        String from,
    @Schema(
            required = true,
            description = "One of the contact's phone numbers, e.g. whatsapp:+14155550101")
        String to,
    @Schema(description = "ISO 8601 with offset: send later", format = "date-time")
        String scheduledAt,
    @Schema(
            description =
                "Approved template (Twilio Content SID, HX…) — required outside the 24-hour window")
        String contentSid,
    @Schema(
            type = SchemaType.OBJECT,
            additionalProperties = String.class,
            description = SendWhatsAppRequest.CONTENT_VARIABLES)
        JsonValue contentVariables) {
  static final String CONTENT_VARIABLES =
      "Template variables: an object, e.g. {\"1\": \"Maria\"}, or the same object as a JSON string"
          + " (the form Twilio's ContentVariables takes)";
}
