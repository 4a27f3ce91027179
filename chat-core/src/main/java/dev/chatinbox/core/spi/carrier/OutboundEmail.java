package dev.chatinbox.core.spi.carrier;

import java.util.List;
import java.util.UUID;

/**
 * An email to hand to the carrier. The HTML is already sanitised; {@code text} is its plain-text
 * alternative.
 *
 * @param messageId our id, sent along as a custom argument so carrier events can be matched
 * @param references the thread it answers (message ids without brackets, oldest first; the last is
 *     the email it answers directly): {@code In-Reply-To} and {@code References}; empty when it
 *     starts a thread
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
    List<EmailAttachment> attachments,
    List<String> references) {

  /** An email that starts a thread. */
  public OutboundEmail(
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
    this(messageId, fromName, fromEmail, to, cc, bcc, subject, html, text, attachments, List.of());
  }

  /** A file attached to the email. */
  public record EmailAttachment(String filename, String contentType, byte[] content) {}
}
