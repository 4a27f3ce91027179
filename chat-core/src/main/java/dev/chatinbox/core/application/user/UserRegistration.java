package dev.chatinbox.core.application.user;

import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.user.DeactivatedUserException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Creates or refreshes the user row for a token, in its own transaction so that a lost race with a
 * concurrent first request fails alone and can be retried by {@link UserProvisioningService}.
 *
 * <p>Name, email and roles are copied from the token when the user is created and whenever the
 * token's claims differ from the ones applied last; an administrator's edits in between stand until
 * then. A deactivated user is refused and left untouched.
 */
@ApplicationScoped
public class UserRegistration {
  private static final int MAX_USERNAME = 150;
  private static final int MAX_NAME = 200;

  private UserRepository users;
  private Clock clock;

  protected UserRegistration() {}

  @Inject
  public UserRegistration(UserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /**
   * The id of the token's user, created or refreshed.
   *
   * @throws DeactivatedUserException when an administrator deactivated the user
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public UUID register(TokenIdentity identity) {
    Instant now = clock.instant();
    Optional<User> existing = users.findBySubject(identity.subject());
    String name = clip(identity.name().or(identity::username).orElse(identity.subject()), MAX_NAME);
    String email = identity.email().filter(e -> e.length() <= 320).orElse(null);
    String fingerprint = fingerprint(name, email, identity.roles());
    if (existing.isPresent()) {
      User user = existing.get();
      if (!user.active()) {
        throw new DeactivatedUserException(user.id());
      }
      if (user.applyTokenClaims(name, email, identity.roles(), fingerprint, now)) {
        users.store(user);
      }
      return user.id();
    }
    // The subject is the identity: a UUID subject becomes the user id unless another user (created
    // with POST /users, or provisioned from another subject) already has that id — then this new
    // identity gets an id of its own instead of colliding with, or taking over, that user.
    UUID id =
        Ids.parse(identity.subject())
            .filter(wanted -> users.find(wanted).isEmpty())
            .orElseGet(Ids::newId);
    String username =
        uniqueUsername(clip(identity.username().orElse(identity.subject()), MAX_USERNAME));
    User user = new User(id, identity.subject(), username, name, email, identity.roles(), now);
    user.applyTokenClaims(name, email, identity.roles(), fingerprint, now);
    users.store(user);
    return id;
  }

  /** Stands for the claims a user record copies, to tell when a token says something new. */
  static String fingerprint(String name, String email, Set<Role> roles) {
    String claims =
        name
            + '\0'
            + (email == null ? "" : email)
            + '\0'
            + roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(claims.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private String uniqueUsername(String wanted) {
    String candidate = wanted;
    for (int i = 2; users.usernameTaken(candidate); i++) {
      String suffix = "-" + i;
      candidate = clip(wanted, MAX_USERNAME - suffix.length()) + suffix;
    }
    return candidate;
  }

  private static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
