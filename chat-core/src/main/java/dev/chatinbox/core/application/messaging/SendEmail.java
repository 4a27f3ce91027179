package dev.chatinbox.core.application.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An email to send (spec 2.4, 2.5).
 *
 * @param to one of the contact's emails; null: the primary
 * @param cc copies (any valid addresses)
 * @param bcc blind copies
 * @param body HTML or plain text; sanitised before it is stored or sent
 * @param attachments files (already base64-decoded)
 */
public record SendEmail(
    String fromName,
    String fromEmail,
    String to,
    List<String> cc,
    List<String> bcc,
    String subject,
    String body,
    List<Attachment> attachments,
    Optional<Instant> scheduledAt) {

  /** A file to attach. */
  public record Attachment(String filename, String contentType, byte[] content) {}
}
