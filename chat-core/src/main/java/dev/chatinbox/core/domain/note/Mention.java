package dev.chatinbox.core.domain.note;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user named in a note: an event for that user only, unread until they mark it read.
 *
 * @param mentionedBy the note's author
 */
public record Mention(
    UUID id,
    UUID messageId,
    UUID conversationId,
    UUID userId,
    UUID mentionedBy,
    Instant createdAt) {
  public Mention {
    Objects.requireNonNull(id);
    Objects.requireNonNull(messageId);
    Objects.requireNonNull(conversationId);
    Objects.requireNonNull(userId);
    Objects.requireNonNull(mentionedBy);
    Objects.requireNonNull(createdAt);
  }
}
