package dev.chatinbox.core.domain.message;

import java.util.Optional;
import java.util.UUID;

/**
 * Which scheduled sends to list (messages given a {@code scheduledAt}, whatever became of them): of
 * one conversation and/or in one status. Listed by {@code scheduledAt}, earliest first.
 */
public record ScheduledMessageCriteria(
    Optional<UUID> conversationId, Optional<MessageStatus> status) {
  public static ScheduledMessageCriteria all() {
    return new ScheduledMessageCriteria(Optional.empty(), Optional.empty());
  }
}
