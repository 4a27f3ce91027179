package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.change.ChangeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One change-log entry as a reader may see it: the message (new message, status change) or the
 * conversation (update) in its current state, or only the id (deletion).
 *
 * @param sequence the log position: the event's id for clients, and where they resume
 * @param mention a {@code mention}: the reader's mention (its note is {@code message})
 */
public record FeedEvent(
    long sequence,
    ChangeType type,
    UUID conversationId,
    Optional<MessageView> message,
    Optional<ConversationView> conversation,
    Instant occurredAt,
    Optional<MentionView> mention) {
  /** An event that is not a mention. */
  public FeedEvent(
      long sequence,
      ChangeType type,
      UUID conversationId,
      Optional<MessageView> message,
      Optional<ConversationView> conversation,
      Instant occurredAt) {
    this(sequence, type, conversationId, message, conversation, occurredAt, Optional.empty());
  }
}
