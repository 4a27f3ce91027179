package dev.chatinbox.api.rest.message;

import jakarta.json.JsonValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 2.4. {@code cc}/{@code bcc}: a comma-separated string or an array of addresses. */
@Schema(name = "SendEmailRequest")
public record SendEmailRequest(
    @Schema(required = true, maxLength = 200) String fromName,
    @Schema(
            required = true,
            description = "A verified SendGrid sender (chat.sendgrid.verified-senders)")
        String fromEmail,
    @Schema(required = true, description = "One of the contact's email addresses") String to,
    @Schema(
            description = "Comma-separated string or array of addresses",
            oneOf = {String.class, String[].class},
            type = SchemaType.ARRAY)
        JsonValue cc,
    @Schema(
            description = "Comma-separated string or array of addresses",
            oneOf = {String.class, String[].class},
            type = SchemaType.ARRAY)
        JsonValue bcc,
    @Schema(
            maxLength = 998,
            description =
                "Required, unless the conversation has an email from the contact: then 'Re: ' and its subject")
        String subject,
    @Schema(
            required = true,
            description =
                "HTML or plain text; sanitised (no scripts, event handlers or javascript: URLs)")
        String body,
    List<EmailAttachmentRequest> attachments,
    @Schema(description = "ISO 8601 with offset: send later", format = "date-time")
        String scheduledAt) {}
