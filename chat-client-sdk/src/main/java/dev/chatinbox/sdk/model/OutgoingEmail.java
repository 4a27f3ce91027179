package dev.chatinbox.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * An email to send (spec 2.4): the sender's name and address (a verified SendGrid sender), one of
 * the contact's addresses, subject and body (HTML is sanitised by the server); {@code scheduledAt}
 * null sends now. A null subject answers the contact's latest email ({@code Re: } its subject).
 * Copies, blind copies and attachments are optional.
 */
public record OutgoingEmail(
    String fromName,
    String fromEmail,
    String to,
    String subject,
    String body,
    Instant scheduledAt,
    List<String> cc,
    List<String> bcc,
    List<Attachment> attachments) {

  public OutgoingEmail {
    cc = cc == null ? List.of() : List.copyOf(cc);
    bcc = bcc == null ? List.of() : List.copyOf(bcc);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** An email without copies or attachments. */
  public OutgoingEmail(
      String fromName,
      String fromEmail,
      String to,
      String subject,
      String body,
      Instant scheduledAt) {
    this(fromName, fromEmail, to, subject, body, scheduledAt, List.of(), List.of(), List.of());
  }

  /** The same email with these copies. */
  public OutgoingEmail withCc(List<String> addresses) {
    return new OutgoingEmail(
        fromName, fromEmail, to, subject, body, scheduledAt, addresses, bcc, attachments);
  }

  /** The same email with these blind copies. */
  public OutgoingEmail withBcc(List<String> addresses) {
    return new OutgoingEmail(
        fromName, fromEmail, to, subject, body, scheduledAt, cc, addresses, attachments);
  }

  /** The same email with these files attached. */
  public OutgoingEmail withAttachments(List<Attachment> files) {
    return new OutgoingEmail(fromName, fromEmail, to, subject, body, scheduledAt, cc, bcc, files);
  }

  /** A file to attach (the server limits sizes and refuses executables). */
  public record Attachment(String filename, String contentType, byte[] content) {}
}
