package dev.chatinbox.core.application.user;

import java.util.Objects;
import java.util.UUID;

/**
 * CDI event: an administrator changed a user's account (e.g. deactivated it). Observed after the
 * transaction commits, so that caches re-read the committed state.
 *
 * @param userId the changed user
 */
public record UserAccountChanged(UUID userId) {
  public UserAccountChanged {
    Objects.requireNonNull(userId);
  }
}
