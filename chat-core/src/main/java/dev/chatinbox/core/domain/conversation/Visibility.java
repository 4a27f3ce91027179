package dev.chatinbox.core.domain.conversation;

import java.util.Optional;
import java.util.UUID;

/**
 * Which conversations a reader may see: everything, or those whose contact the user owns, follows
 * or nobody owns, and those assigned to the user or to one of the user's teams (#18). Built by the
 * application's access policy, applied by repositories in SQL.
 *
 * @param restrictedTo the user the rows are restricted for; empty means unrestricted
 */
public record Visibility(Optional<UUID> restrictedTo) {
  public static Visibility everything() {
    return new Visibility(Optional.empty());
  }

  public static Visibility ownedFollowedOrUnowned(UUID userId) {
    return new Visibility(Optional.of(userId));
  }

  /** Whether a conversation whose contact has this owner and these followers is visible. */
  public boolean allows(Optional<UUID> ownerId, java.util.Set<UUID> followerIds) {
    return restrictedTo.isEmpty()
        || ownerId.isEmpty()
        || ownerId.equals(restrictedTo)
        || followerIds.contains(restrictedTo.get());
  }

  /**
   * Whether a conversation assigned to {@code assignee} and {@code team} is visible through its
   * assignment (its contact aside).
   *
   * @param readerTeams the teams of the restricted reader, asked only when needed
   */
  public boolean allowsAssigned(
      Optional<UUID> assignee,
      Optional<UUID> team,
      java.util.function.Supplier<java.util.Set<UUID>> readerTeams) {
    return restrictedTo.isEmpty()
        || assignee.equals(restrictedTo)
        || (team.isPresent() && readerTeams.get().contains(team.get()));
  }
}
