package dev.chatinbox.core.application.user;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.UserView;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.user.Availability;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Administrators manage the user directory: create users before their first sign-in, rename them,
 * change their avatar and directory roles, deactivate and reactivate them.
 *
 * <p>Roles here are the directory's copy (what {@code GET /users?role=} filters on). Permissions
 * follow the token's {@code groups}, never this copy, and the copy is overwritten from the token
 * the next time the user's token claims change. A deactivation is enforced where tokens are turned
 * into callers ({@link UserProvisioningService}).
 */
@ApplicationScoped
public class UserAdministrationService {
  private UserRepository users;
  private AccessPolicy access;
  private Event<UserAccountChanged> accountChanges;
  private Clock clock;

  protected UserAdministrationService() {}

  @Inject
  public UserAdministrationService(
      UserRepository users,
      AccessPolicy access,
      Event<UserAccountChanged> accountChanges,
      Clock clock) {
    this.users = users;
    this.access = access;
    this.accountChanges = accountChanges;
    this.clock = clock;
  }

  /**
   * Sets the caller's own availability (#18): any inbox user, for themselves; auto-assignment gives
   * new conversations to online agents only.
   */
  @Transactional
  public UserView changeOwnAvailability(Caller caller, Availability availability) {
    access.requireInbox(caller);
    User user = users.find(caller.userId()).orElseThrow(() -> new ObjectNotFoundException("User"));
    user.changeAvailability(availability, clock.instant());
    return UserView.of(user);
  }

  /** Refuses non-administrators: checked before the request body is even read. */
  public void requireAdministrator(Caller caller) {
    access.requireAdmin(caller, "manage users");
  }

  @Transactional
  public UserView create(Caller caller, NewUser input) {
    requireAdministrator(caller);
    List<FieldViolation> violations = new ArrayList<>();
    String username = UserInputs.username(violations, "username", input.username());
    String name = UserInputs.name(violations, "name", input.name());
    String email = input.email().map(e -> UserInputs.email(violations, "email", e)).orElse(null);
    String avatar =
        input.avatar().map(a -> UserInputs.avatar(violations, "avatar", a)).orElse(null);
    Set<Role> roles = UserInputs.roles(violations, "roles", input.roles());
    String subject =
        input.subject().map(s -> UserInputs.subject(violations, "subject", s)).orElse(username);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    if (users.usernameTaken(username)) {
      throw new ConflictException("username-taken", "The username " + username + " is taken");
    }
    // a UUID subject is the user's id, as when a token provisions the user (UserRegistration)
    UUID id = Ids.parse(subject).orElseGet(Ids::newId);
    if (users.findBySubject(subject).isPresent() || users.find(id).isPresent()) {
      throw new ConflictException(
          "subject-taken", "Another user already signs in with this subject");
    }
    Instant now = clock.instant();
    User user = new User(id, subject, username, name, email, roles, now);
    if (avatar != null) {
      user.changeAvatar(avatar, now);
    }
    users.store(user);
    return UserView.of(user);
  }

  /**
   * Applies an administrator's partial update. An administrator may not deactivate their own
   * account (409 {@code /problems/self-deactivation}): someone must be left to undo it.
   */
  @Transactional
  public UserView update(Caller caller, UUID userId, UserChanges changes) {
    requireAdministrator(caller);
    List<FieldViolation> violations = new ArrayList<>();
    Optional<String> name = changes.name().map(n -> UserInputs.name(violations, "name", n));
    Optional<Optional<String>> avatar =
        changes.avatar().map(a -> a.map(url -> UserInputs.avatar(violations, "avatar", url)));
    Optional<Set<Role>> roles = changes.roles().map(r -> UserInputs.roles(violations, "roles", r));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    User user = users.find(userId).orElseThrow(() -> new ObjectNotFoundException("User"));
    if (changes.active().filter(active -> !active).isPresent()
        && user.id().equals(caller.userId())) {
      throw new ConflictException("self-deactivation", "You cannot deactivate your own account");
    }
    Instant now = clock.instant();
    name.ifPresent(n -> user.rename(n, now));
    avatar.ifPresent(a -> user.changeAvatar(a.orElse(null), now));
    roles.ifPresent(r -> user.changeRoles(r, now));
    changes.active().ifPresent(active -> user.changeActive(active, now));
    users.store(user);
    accountChanges.fire(new UserAccountChanged(user.id()));
    return UserView.of(user);
  }
}
