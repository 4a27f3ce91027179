package dev.chatinbox.sdk.model;

import java.time.Instant;

/** A manual follow-up task on a conversation (spec 8.1); status pending, completed or failed. */
public record ManualAction(
    String id,
    String conversationId,
    String action,
    String status,
    String assignedTo,
    String createdBy,
    Instant createdAt,
    Instant completedAt) {}
