package dev.chatinbox.core.application.action;

import dev.chatinbox.core.domain.action.ManualActionStatus;
import java.util.Optional;
import java.util.UUID;

/**
 * A partial update of a manual action: only present fields change.
 *
 * @param status the new status (closing stamps completedAt, reopening clears it)
 * @param assignedTo present: assign to this active user; present and empty: unassign
 */
public record ManualActionChanges(
    Optional<ManualActionStatus> status, Optional<Optional<UUID>> assignedTo) {}
