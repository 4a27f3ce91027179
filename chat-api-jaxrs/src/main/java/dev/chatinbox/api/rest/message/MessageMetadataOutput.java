package dev.chatinbox.api.rest.message;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Carrier details of a message. Beyond the spec's fields: {@code emailStatus} (SendGrid's raw
 * event), {@code errorCode} / {@code errorMessage} (why it failed), {@code subject} (email) and
 * {@code scheduledLatenessMs} (how late a scheduled message went), {@code from} / {@code to} /
 * {@code cc} / {@code bcc} (the addresses it went between), {@code templateSid} / {@code
 * templateVariables} (a WhatsApp template sent instead of free text), {@code originalLength} (a
 * received message cut to 1,000,000 characters).
 */
@Schema(name = "MessageMetadataOutput")
public record MessageMetadataOutput(
    @Schema(description = "Twilio message SID") String twilioMessageId,
    @Schema(description = "Twilio's raw status") String twilioStatus,
    @Schema(description = "SendGrid X-Message-Id") String emailMessageId,
    @Schema(description = "SendGrid's raw event, e.g. delivered, open, bounce") String emailStatus,
    @Schema(description = "Carrier error code of a failed message") String errorCode,
    @Schema(description = "Readable reason of a failure") String errorMessage,
    @Schema(description = "Email subject") String subject,
    List<AttachmentOutput> attachments,
    @Schema(
            description =
                "Scheduled messages: how many milliseconds after scheduledAt the message left the schedule"
                    + " (handed to the carrier, or failed at send time). Large when the server was down when it"
                    + " was due: such messages are sent at start.")
        Long scheduledLatenessMs,
    @Schema(description = "Sender address (E.164, whatsapp:+…, email), when recorded") String from,
    @Schema(description = "Recipient address (E.164, whatsapp:+…, email)") String to,
    @Schema(description = "Email copies") List<String> cc,
    @Schema(description = "Email blind copies (our own sent messages only)") List<String> bcc,
    @Schema(description = "WhatsApp template sent (Twilio Content SID, HX…)") String templateSid,
    @Schema(description = "Its variables, e.g. {\"1\": \"Ann\"}")
        Map<String, String> templateVariables,
    @Schema(
            description =
                "Received messages longer than 1,000,000 characters: the length the carrier sent;"
                    + " the message holds its first 1,000,000 characters. Absent when nothing was cut.")
        Integer originalLength) {

  /** Whether there is nothing to show (the field is then omitted). */
  boolean isEmpty() {
    return twilioMessageId == null
        && twilioStatus == null
        && emailMessageId == null
        && emailStatus == null
        && errorCode == null
        && errorMessage == null
        && subject == null
        && (attachments == null || attachments.isEmpty())
        && scheduledLatenessMs == null
        && from == null
        && to == null
        && (cc == null || cc.isEmpty())
        && (bcc == null || bcc.isEmpty())
        && templateSid == null
        && originalLength == null;
  }
}
