package dev.chatinbox.core.application.access;

import dev.chatinbox.core.domain.user.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated user on whose behalf a use case runs.
 *
 * @param userId the provisioned user's id
 * @param roles roles from the token's {@code groups}
 */
public record Caller(UUID userId, Set<Role> roles) {
  public Caller {
    Objects.requireNonNull(userId);
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  /** ADMIN and USER work the inbox; a CUST-only caller does not. */
  public boolean mayUseInbox() {
    return roles.contains(Role.ADMIN) || roles.contains(Role.USER);
  }
}
