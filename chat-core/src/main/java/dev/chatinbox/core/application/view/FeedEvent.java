package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.change.ChangeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One change-log entry as a reader may see it: the message (new message, status change) or the
 * conversation (created, updated) in its current state, the contact (created, updated) as the
 * directory shows it, or only the id (deletions).
 *
 * @param sequence the log position: the event's id for clients, and where they resume
 * @param conversationId the conversation; empty for a contact's own entry (never one the real-time
 *     readers get)
 * @param contactId the contact the entry concerns, or the conversation's contact
 * @param mention a {@code mention}: the reader's mention (its note is {@code message})
 */
public record FeedEvent(
    long sequence,
    ChangeType type,
    Optional<UUID> conversationId,
    UUID contactId,
    Optional<MessageView> message,
    Optional<ConversationView> conversation,
    Optional<ContactView> contact,
    Instant occurredAt,
    Optional<MentionView> mention) {
  /** An event that is not a mention. */
  public FeedEvent(
      long sequence,
      ChangeType type,
      Optional<UUID> conversationId,
      UUID contactId,
      Optional<MessageView> message,
      Optional<ConversationView> conversation,
      Optional<ContactView> contact,
      Instant occurredAt) {
    this(
        sequence,
        type,
        conversationId,
        contactId,
        message,
        conversation,
        contact,
        occurredAt,
        Optional.empty());
  }
}
