package dev.chatinbox.core.domain.user;

import dev.chatinbox.core.domain.shared.AccessDeniedException;
import java.util.Objects;
import java.util.UUID;

/** A valid token of a user whose account an administrator deactivated: 403. */
public class DeactivatedUserException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;
  private final UUID userId;

  public DeactivatedUserException(UUID userId) {
    super("This account is deactivated");
    this.userId = Objects.requireNonNull(userId);
  }

  /** The deactivated user. */
  public UUID userId() {
    return userId;
  }
}
