package dev.chatinbox.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes the token of the current request injectable as MicroProfile JWT's {@code JsonWebToken}, as
 * the container's MP-JWT login did before {@link BearerTokenMechanism} replaced it: the verified
 * token of an authenticated request, an empty one (no name, no claims) otherwise.
 */
@ApplicationScoped
public class CurrentToken {

  @Produces
  @RequestScoped
  JsonWebToken token(HttpServletRequest request) {
    return request.getAttribute(BearerTokenMechanism.PRINCIPAL) instanceof BearerTokenPrincipal p
        ? p
        : BearerTokenPrincipal.NONE;
  }
}
