package dev.chatinbox.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Hashtable;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;

/**
 * Authenticates the REST API by its bearer token, in place of the container's MicroProfile JWT
 * login (issue #15): Liberty's MP-JWT login reads every {@code mp.jwt.*} setting from MicroProfile
 * Config on each request and keeps at most 500 verified tokens for 5 minutes, while this mechanism
 * asks {@link TokenVerifier}, which checks a token once and remembers it by its SHA-256 until it
 * expires.
 *
 * <p>Only protected resources ({@code /api/v1/*} in web.xml) are authenticated; the public ones
 * (carrier webhooks, health, OpenAPI, the WebSocket handshake, which checks its own token) are left
 * alone whatever they carry. The token is read from {@code Authorization: Bearer …} and nowhere
 * else: a token in the query string or a form field is ignored, and the request is refused. A
 * missing or refused token is a 401 that the error page renders as problem+json ({@link
 * ContainerErrorServlet}); the log gets the reason at FINE — never the token, a claim or a stack
 * trace. An accepted token becomes the caller: a {@link BearerTokenPrincipal} (also the request's
 * {@code JsonWebToken}, see {@link CurrentToken}) with the token's {@code groups} as its groups.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {
  /** The request attribute holding the {@link BearerTokenPrincipal} of an authenticated request. */
  static final String PRINCIPAL = BearerTokenPrincipal.class.getName();

  private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());
  private static final String CHALLENGE = "Bearer realm=\"chat-inbox\"";

  /** Liberty's hashtable-login property naming the authentication-cache entry of a Subject. */
  static final String LIBERTY_CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";

  private TokenVerifier verifier;

  protected BearerTokenMechanism() {}

  @Inject
  public BearerTokenMechanism(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!context.isProtected()) {
      return context.doNothing();
    }
    Optional<String> token = bearerToken(request);
    if (token.isEmpty()) {
      return refuse(response, context, CHALLENGE);
    }
    VerifiedToken verified;
    try {
      verified = verifier.verify(token.get());
    } catch (InvalidTokenException e) {
      LOG.log(Level.FINE, "Bearer token refused: {0}", e.getMessage());
      return refuse(response, context, CHALLENGE + ", error=\"invalid_token\"");
    }
    BearerTokenPrincipal principal = new BearerTokenPrincipal(verified, token.get());
    request.setAttribute(PRINCIPAL, principal);
    AuthenticationStatus status = context.notifyContainerAboutLogin(principal, verified.groups());
    keyContainerSubjectByToken(context.getClientSubject(), token.get());
    return status;
  }

  /**
   * Liberty turns the caller into a Subject by a JAAS login and keeps it in its authentication
   * cache, keyed by a signed LTPA token unless the login names a key: left alone, every request
   * would log in again and RSA-sign an LTPA token only to key a cache entry that is never found
   * again (measured: half of a request's CPU). Naming the token's fingerprint as the key ({@code
   * com.ibm.wsspi.security.cred.cacheKey}, Liberty's hashtable-login property) lets the next
   * request with the same, already verified token reuse the Subject of the first. Only a token this
   * mechanism accepted gets a key; a server without such a hashtable is left as it is.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void keyContainerSubjectByToken(Subject subject, String token) {
    if (subject == null) {
      return;
    }
    String key = "chat-inbox-bearer:" + TokenFingerprint.of(token);
    for (Hashtable hashtable : subject.getPrivateCredentials(Hashtable.class)) {
      hashtable.put(LIBERTY_CACHE_KEY, key);
    }
  }

  /** The token of {@code Authorization: Bearer <token>}; the scheme is case-insensitive. */
  static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, HttpMessageContext context, String challenge) {
    response.setHeader("WWW-Authenticate", challenge);
    return context.responseUnauthorized(); // the container renders the 401 error page once
  }
}
