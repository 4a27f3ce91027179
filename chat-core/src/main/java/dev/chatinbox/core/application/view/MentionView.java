package dev.chatinbox.core.application.view;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A mention as its user sees it: the note that names them, and whether they have read it.
 *
 * @param mentionedBy the note's author
 * @param readAt when the user marked it read; empty while unread
 */
public record MentionView(
    UUID id,
    UUID conversationId,
    UUID mentionedBy,
    Instant createdAt,
    Optional<Instant> readAt,
    MessageView note) {}
