package dev.chatinbox.api.security;

import dev.chatinbox.core.application.Caller;
import dev.chatinbox.core.application.TokenIdentity;
import dev.chatinbox.core.application.UserProvisioningService;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, from its verified token (MicroProfile JWT checked the
 * signature, issuer, audience and expiry before the request got here).
 */
@RequestScoped
public class CurrentCaller {
  private JsonWebToken token;
  private UserProvisioningService provisioning;
  private Caller caller;

  protected CurrentCaller() {}

  @Inject
  public CurrentCaller(JsonWebToken token, UserProvisioningService provisioning) {
    this.token = token;
    this.provisioning = provisioning;
  }

  /** The caller, provisioning their user record on first use. */
  public Caller get() {
    if (caller == null) {
      String subject = token == null ? null : token.getSubject();
      if (subject == null || subject.isBlank()) {
        throw new AccessDeniedException("The token has no subject");
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      Optional.ofNullable(token.getGroups())
          .orElse(Set.of())
          .forEach(g -> Role.fromGroup(g).ifPresent(roles::add));
      TokenIdentity identity =
          new TokenIdentity(
              subject,
              claim(Claims.upn.name()).or(() -> claim(Claims.preferred_username.name())),
              claim("name"),
              claim(Claims.email.name()),
              roles);
      caller = new Caller(provisioning.userIdFor(identity), roles);
    }
    return caller;
  }

  private Optional<String> claim(String name) {
    Object value = token.getClaim(name);
    if (value == null) {
      return Optional.empty();
    }
    String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    return text.isBlank() ? Optional.empty() : Optional.of(text.trim());
  }
}
