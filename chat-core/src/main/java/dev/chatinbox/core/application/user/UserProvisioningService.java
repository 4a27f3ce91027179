package dev.chatinbox.core.application.user;

import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.user.DeactivatedUserException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a verified token to a user id, creating the user on first use (decisions.md), and refuses
 * the tokens of deactivated users (403). What it learns about an identity — the user id and whether
 * the account is active — is remembered for {@code chat.users.cache-seconds} (default 30), so the
 * hot path does no database work, and a deactivation made on another node takes effect here within
 * that time. Changes made through this node are applied at once ({@link #forget}).
 */
@ApplicationScoped
public class UserProvisioningService {
  /** Identities remembered before the cache is emptied and rebuilt on demand. */
  static final int MAX_CACHED = 50_000;

  /** What an identity resolved to, and until when that may be trusted. */
  private record Known(UUID userId, boolean active, long expiresAtMillis) {}

  private final Map<TokenIdentity, Known> known = new ConcurrentHashMap<>();
  private UserRegistration registration;
  private Clock clock;
  private long ttlMillis;

  protected UserProvisioningService() {}

  /** With the default cache time and the system clock. */
  public UserProvisioningService(UserRegistration registration) {
    this(
        registration,
        new UserDirectorySettings(UserDirectorySettings.DEFAULT_CACHE_SECONDS),
        Clock.systemUTC());
  }

  @Inject
  public UserProvisioningService(
      UserRegistration registration, UserDirectorySettings settings, Clock clock) {
    this.registration = registration;
    this.clock = clock;
    this.ttlMillis = settings.identityCacheTtl().toMillis();
  }

  /**
   * The user id for this identity, provisioning or refreshing the user when it is new or its cache
   * entry expired.
   *
   * @throws DeactivatedUserException when the user's account is deactivated
   */
  public UUID userIdFor(TokenIdentity identity) {
    Objects.requireNonNull(identity);
    if (identity.subject().isBlank()
        || identity.subject().length() > TokenIdentity.MAX_SUBJECT_LENGTH) {
      throw new InvalidInputException(
          "sub", "token subject must be 1.." + TokenIdentity.MAX_SUBJECT_LENGTH + " characters");
    }
    long now = clock.millis();
    Known entry = known.get(identity);
    if (entry == null || entry.expiresAtMillis() <= now) {
      entry = lookUp(identity, now);
    }
    if (!entry.active()) {
      throw new DeactivatedUserException(entry.userId());
    }
    return entry.userId();
  }

  /** Forgets what is cached about one user, so their next request reads them again. */
  public void forget(UUID userId) {
    known.values().removeIf(entry -> entry.userId().equals(userId));
  }

  /** Forgets cached identities (after users change outside tokens, e.g. deactivation). */
  public void forgetAll() {
    known.clear();
  }

  /** Applies an administrator's change to a user once it is committed. */
  void onAccountChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) UserAccountChanged change) {
    forget(change.userId());
  }

  private Known lookUp(TokenIdentity identity, long now) {
    Known entry;
    try {
      entry = new Known(registerWithOneRetry(identity), true, now + ttlMillis);
    } catch (DeactivatedUserException e) {
      // remembered too: a deactivated user's requests must not each cost a database round trip
      entry = new Known(e.userId(), false, now + ttlMillis);
    }
    if (ttlMillis > 0) {
      if (known.size() >= MAX_CACHED) {
        known.clear();
      }
      known.put(identity, entry);
    }
    return entry;
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
