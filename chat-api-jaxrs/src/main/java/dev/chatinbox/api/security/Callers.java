package dev.chatinbox.api.security;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.user.TokenIdentity;
import dev.chatinbox.core.application.user.UserProvisioningService;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who a verified token's claims stand for: roles from {@code groups}, the user provisioned on first
 * use. Shared by HTTP requests ({@link CurrentCaller}) and WebSocket handshakes ({@link
 * TokenVerifier}).
 */
@ApplicationScoped
public class Callers {
  private UserProvisioningService provisioning;

  protected Callers() {}

  @Inject
  public Callers(UserProvisioningService provisioning) {
    this.provisioning = provisioning;
  }

  public Caller of(
      String subject,
      Optional<String> username,
      Optional<String> name,
      Optional<String> email,
      Collection<String> groups) {
    if (subject == null || subject.isBlank()) {
      throw new AccessDeniedException("The token has no subject");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    groups.forEach(g -> Role.fromGroup(g).ifPresent(roles::add));
    return new Caller(
        provisioning.userIdFor(new TokenIdentity(subject, username, name, email, roles)), roles);
  }

  public Caller of(VerifiedToken token) {
    return of(token.subject(), token.username(), token.name(), token.email(), token.groups());
  }
}
