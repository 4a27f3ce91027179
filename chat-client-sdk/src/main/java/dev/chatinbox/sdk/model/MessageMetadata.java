package dev.chatinbox.sdk.model;

import java.util.List;
import java.util.Map;

/**
 * What the carrier and the server recorded about a message (the API's {@code metadata}): why a send
 * failed ({@code errorCode}, {@code errorMessage}), the carrier's ids and raw statuses, an email's
 * subject, attachments and addresses, a WhatsApp template. Absent values are null; lists and maps
 * are empty.
 *
 * @param twilioMessageId Twilio's message SID (SMS, WhatsApp)
 * @param twilioStatus Twilio's raw status
 * @param emailMessageId SendGrid's {@code X-Message-Id}
 * @param emailStatus SendGrid's raw event
 * @param errorCode the carrier's error code of a failed message
 * @param errorMessage a readable reason of the failure
 * @param subject an email's subject
 * @param attachments files of the message; download with {@code Messages.downloadAttachment}
 * @param scheduledLatenessMs how late a scheduled message left the schedule
 * @param from the sender's address, when recorded
 * @param to the recipient's address
 * @param cc email copies
 * @param bcc email blind copies
 * @param templateSid the WhatsApp template sent (Twilio Content SID)
 * @param templateVariables its variables
 */
public record MessageMetadata(
    String twilioMessageId,
    String twilioStatus,
    String emailMessageId,
    String emailStatus,
    String errorCode,
    String errorMessage,
    String subject,
    List<Attachment> attachments,
    Long scheduledLatenessMs,
    String from,
    String to,
    List<String> cc,
    List<String> bcc,
    String templateSid,
    Map<String, String> templateVariables) {

  /** No metadata (the API sent none). */
  public static final MessageMetadata NONE =
      new MessageMetadata(
          null, null, null, null, null, null, null, List.of(), null, null, null, List.of(),
          List.of(), null, Map.of());

  public MessageMetadata {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    cc = cc == null ? List.of() : List.copyOf(cc);
    bcc = bcc == null ? List.of() : List.copyOf(bcc);
    templateVariables = templateVariables == null ? Map.of() : Map.copyOf(templateVariables);
  }

  /**
   * A file of a message.
   *
   * @param url where the API serves it (a path under the base URL)
   */
  public record Attachment(String url, String filename, String contentType, Long size) {}
}
