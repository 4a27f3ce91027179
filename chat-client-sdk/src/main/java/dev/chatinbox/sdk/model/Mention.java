package dev.chatinbox.sdk.model;

import java.time.Instant;

/** The caller named in a private note; {@code readAt} null while unread. */
public record Mention(
    String id,
    String conversationId,
    String mentionedBy,
    Instant createdAt,
    Instant readAt,
    Message note) {}
