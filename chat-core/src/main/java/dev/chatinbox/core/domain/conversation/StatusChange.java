package dev.chatinbox.core.domain.conversation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One status change of a conversation, stored in the transaction that makes it ({@code
 * conversation_status_changes}): what resolution times and reopenings are computed from.
 *
 * @param from the status before; empty for a conversation's opening
 * @param changedBy the team member who made it; empty for the system (inbound, wake-up)
 */
public record StatusChange(
    UUID conversationId,
    Optional<ConversationStatus> from,
    ConversationStatus to,
    Instant changedAt,
    Optional<UUID> changedBy,
    StatusChangeCause cause) {}
