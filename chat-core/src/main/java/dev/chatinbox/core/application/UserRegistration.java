package dev.chatinbox.core.application;

import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates or refreshes the user row for a token, in its own transaction so that a lost race with a
 * concurrent first request fails alone and can be retried by {@link UserProvisioningService}.
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

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public UUID register(TokenIdentity identity) {
    Instant now = clock.instant();
    Optional<User> existing = users.findBySubject(identity.subject());
    String name = clip(identity.name().or(identity::username).orElse(identity.subject()), MAX_NAME);
    String email = identity.email().filter(e -> e.length() <= 320).orElse(null);
    if (existing.isPresent()) {
      User user = existing.get();
      if (user.syncClaims(name, email, identity.roles(), now)) {
        users.store(user);
      }
      return user.id();
    }
    UUID id = Ids.parse(identity.subject()).orElseGet(Ids::newId);
    String username =
        uniqueUsername(clip(identity.username().orElse(identity.subject()), MAX_USERNAME));
    users.store(new User(id, identity.subject(), username, name, email, identity.roles(), now));
    return id;
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
