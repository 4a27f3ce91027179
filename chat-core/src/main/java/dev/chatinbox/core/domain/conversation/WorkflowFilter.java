package dev.chatinbox.core.domain.conversation;

import java.util.Optional;
import java.util.UUID;

/**
 * The list's workflow filters (#18); all empty by default, so that spec clients see the list as
 * before.
 *
 * @param status only conversations with this status
 * @param assignee only those assigned to this user; present-and-empty: only unassigned ones
 * @param team only those of this team
 */
public record WorkflowFilter(
    Optional<ConversationStatus> status, Optional<Optional<UUID>> assignee, Optional<UUID> team) {
  public static WorkflowFilter none() {
    return new WorkflowFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
