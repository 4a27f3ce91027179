package dev.chatinbox.core.spi.carrier;

import java.util.List;
import java.util.UUID;

/**
 * An email to hand to the carrier. The HTML is already sanitised; {@code text} is its plain-text
 * alternative.
 *
 * @param messageId our id, sent along as a custom argument so carrier events can be matched
 */
public record OutboundEmail(
    UUID messageId,
    String fromName,
    String fromEmail,
    List<String> to,
    List<String> cc,
    List<String> bcc,
    String subject,
    String html,
    String text,
    List<EmailAttachment> attachments) {

  /** A file attached to the email. */
  public record EmailAttachment(String filename, String contentType, byte[] content) {}
}
