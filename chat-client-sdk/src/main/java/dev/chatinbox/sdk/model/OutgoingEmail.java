package dev.chatinbox.sdk.model;

import java.time.Instant;

/**
 * An email to send (spec 2.4): the sender's name and address (a verified SendGrid sender), one of
 * the contact's addresses, subject and body (HTML is sanitised by the server); {@code scheduledAt}
 * null sends now.
 */
public record OutgoingEmail(
    String fromName,
    String fromEmail,
    String to,
    String subject,
    String body,
    Instant scheduledAt) {}
