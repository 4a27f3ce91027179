package dev.chatinbox.core.spi.carrier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An email a contact sent us, as its carrier's adapter read it.
 *
 * @param carrier the adapter's name, stored with the message
 * @param fromAddress the sender's address
 * @param fromName the sender's display name, when given
 * @param to the address it was sent to
 * @param subject the subject
 * @param text the plain-text part
 * @param html the HTML part (not yet sanitised)
 * @param messageId the email's {@code Message-ID}, when it has one (repeated deliveries carry the
 *     same)
 * @param references {@code In-Reply-To} then {@code References}, nearest first: the emails this one
 *     answers
 * @param attachments the attached files
 */
public record InboundEmail(
    String carrier,
    String fromAddress,
    Optional<String> fromName,
    String to,
    String subject,
    String text,
    String html,
    Optional<String> messageId,
    List<String> references,
    List<Attachment> attachments) {
  public InboundEmail {
    Objects.requireNonNull(carrier);
    Objects.requireNonNull(fromAddress);
    subject = subject == null ? "" : subject;
    text = text == null ? "" : text;
    html = html == null ? "" : html;
    references = List.copyOf(references);
    attachments = List.copyOf(attachments);
  }

  /** One attached file. */
  public record Attachment(String filename, String contentType, byte[] content) {}
}
