package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.action.ManualAction;
import dev.chatinbox.core.domain.action.ManualActionStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A manual action as readers see it (spec 8.1).
 *
 * @param completedAt when it was closed (completed or failed); empty while pending
 */
public record ManualActionView(
    UUID id,
    UUID conversationId,
    String action,
    ManualActionStatus status,
    Optional<UUID> assignedTo,
    Optional<UUID> createdBy,
    Instant createdAt,
    Optional<Instant> completedAt) {

  public static ManualActionView of(ManualAction a) {
    return new ManualActionView(
        a.id(),
        a.conversationId(),
        a.action(),
        a.status(),
        a.assignedTo(),
        a.createdBy(),
        a.createdAt(),
        a.completedAt());
  }
}
