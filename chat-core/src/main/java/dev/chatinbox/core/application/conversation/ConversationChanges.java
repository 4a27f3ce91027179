package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.domain.conversation.ConversationStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A partial update of a conversation (spec 1.3, and the team workflow of #18): only present fields
 * change.
 *
 * @param starred new star state
 * @param unreadCount new unread count; 0 marks the conversation read
 * @param status new status
 * @param snoozedUntil end of the snooze; required with status snoozed, refused without it
 * @param assigneeId new assignee; present-and-empty clears it
 * @param teamId new team; present-and-empty clears it
 */
public record ConversationChanges(
    Optional<Boolean> starred,
    Optional<Integer> unreadCount,
    Optional<ConversationStatus> status,
    Optional<Instant> snoozedUntil,
    Optional<Optional<UUID>> assigneeId,
    Optional<Optional<UUID>> teamId) {

  /** The spec's changes only (star, unread count). */
  public ConversationChanges(Optional<Boolean> starred, Optional<Integer> unreadCount) {
    this(
        starred,
        unreadCount,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Whether the change touches the workflow (status or assignment). */
  public boolean touchesWorkflow() {
    return status.isPresent() || assigneeId.isPresent() || teamId.isPresent();
  }
}
