package dev.chatinbox.core.application;

import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a verified token to a user id, creating the user on first use (decisions.md). Identities
 * already seen are answered from memory, so the hot path does no database work.
 */
@ApplicationScoped
public class UserProvisioningService {
  /** Identities remembered before the cache is emptied and rebuilt on demand. */
  static final int MAX_CACHED = 50_000;

  private final Map<TokenIdentity, UUID> known = new ConcurrentHashMap<>();
  private UserRegistration registration;

  protected UserProvisioningService() {}

  @Inject
  public UserProvisioningService(UserRegistration registration) {
    this.registration = registration;
  }

  /** The user id for this identity, provisioning or refreshing the user when it is new. */
  public UUID userIdFor(TokenIdentity identity) {
    Objects.requireNonNull(identity);
    if (identity.subject().isBlank()
        || identity.subject().length() > TokenIdentity.MAX_SUBJECT_LENGTH) {
      throw new InvalidInputException(
          "sub", "token subject must be 1.." + TokenIdentity.MAX_SUBJECT_LENGTH + " characters");
    }
    UUID cached = known.get(identity);
    if (cached != null) {
      return cached;
    }
    UUID id = registerWithOneRetry(identity);
    if (known.size() >= MAX_CACHED) {
      known.clear();
    }
    known.put(identity, id);
    return id;
  }

  /** Forgets cached identities (after users change outside tokens, e.g. deactivation). */
  public void forgetAll() {
    known.clear();
  }

  private UUID registerWithOneRetry(TokenIdentity identity) {
    try {
      return registration.register(identity);
    } catch (PersistenceException | TransactionalException e) {
      // A concurrent first request created the same user (unique subject/username): read it.
      return registration.register(identity);
    }
  }
}
