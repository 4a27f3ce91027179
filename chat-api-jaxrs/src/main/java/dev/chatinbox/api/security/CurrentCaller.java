package dev.chatinbox.api.security;

import dev.chatinbox.core.application.access.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, from its verified token ({@link BearerTokenMechanism} checked
 * the signature, issuer, audience and expiry before the request got here).
 *
 * <p>The token's user is resolved once per request, on first use, and the outcome — the caller or
 * the refusal (a deactivated user, a token without subject) — is kept for the rest of the request:
 * a request reads the user at most once, and not at all while the core remembers the identity
 * ({@code chat.users.cache-seconds}).
 */
@RequestScoped
public class CurrentCaller {
  private JsonWebToken token;
  private Callers callers;
  private Caller caller;
  private RuntimeException refusal;

  protected CurrentCaller() {}

  @Inject
  public CurrentCaller(JsonWebToken token, Callers callers) {
    this.token = token;
    this.callers = callers;
  }

  /** The caller, provisioning their user record on first use. */
  public Caller get() {
    if (caller == null && refusal == null) {
      try {
        caller =
            callers.of(
                token == null ? null : token.getSubject(),
                claim(Claims.upn.name()).or(() -> claim(Claims.preferred_username.name())),
                claim("name"),
                claim(Claims.email.name()),
                Optional.ofNullable(token.getGroups()).orElse(Set.of()));
      } catch (RuntimeException e) {
        refusal = e;
      }
    }
    if (refusal != null) {
      throw refusal;
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
