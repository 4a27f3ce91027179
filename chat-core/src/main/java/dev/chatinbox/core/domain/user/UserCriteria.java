package dev.chatinbox.core.domain.user;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which users a directory listing returns.
 *
 * @param role only users whose directory roles include this one
 * @param text case-insensitive substring of the name, username or email (LIKE metacharacters match
 *     literally)
 * @param excluded ids left out
 * @param includeInactive also deactivated users
 */
public record UserCriteria(
    Optional<Role> role, Optional<String> text, Set<UUID> excluded, boolean includeInactive) {
  public UserCriteria {
    excluded = Set.copyOf(excluded);
  }
}
