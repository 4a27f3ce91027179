package dev.chatinbox.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.support.MapConfig;
import dev.chatinbox.core.support.MutableClock;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The mechanism on fakes of the servlet and Jakarta Security interfaces: where it reads the token,
 * what it answers, what it hands the container.
 */
class BearerTokenMechanismTest {
  private final TestTokens tokens = new TestTokens();
  private final MutableClock clock = new MutableClock(Instant.now());
  private final BearerTokenMechanism mechanism =
      new BearerTokenMechanism(
          new TokenVerifier(
              new MapConfig(
                  Map.of(
                      "mp.jwt.verify.publickey",
                      tokens.publicKeyPem(),
                      "mp.jwt.verify.issuer",
                      TestTokens.ISSUER)),
              clock));

  /** What a call did to the request, the response and the container. */
  private static final class Exchange {
    final Map<String, String> headers = new HashMap<>();
    final Map<String, String> parameters = new HashMap<>();
    final Map<String, Object> attributes = new HashMap<>();
    final Map<String, String> responseHeaders = new HashMap<>();
    final List<Integer> errors = new ArrayList<>();
    final Subject clientSubject = new Subject();
    boolean protectedResource = true;
    Principal loggedIn;
    Set<String> groups;

    AuthenticationStatus run(BearerTokenMechanism mechanism) throws Exception {
      HttpServletRequest request =
          stub(
              HttpServletRequest.class,
              (method, args) ->
                  switch (method) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method);
                  });
      HttpServletResponse response =
          stub(
              HttpServletResponse.class,
              (method, args) ->
                  switch (method) {
                    case "setHeader" -> responseHeaders.put((String) args[0], (String) args[1]);
                    default -> throw new UnsupportedOperationException(method);
                  });
      HttpMessageContext context =
          stub(
              HttpMessageContext.class,
              (method, args) ->
                  switch (method) {
                    case "isProtected" -> protectedResource;
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    case "responseUnauthorized" -> {
                      errors.add(401); // Liberty sets the status; its error page renders the 401
                      yield AuthenticationStatus.SEND_FAILURE;
                    }
                    case "getClientSubject" -> clientSubject;
                    case "notifyContainerAboutLogin" -> {
                      loggedIn = (Principal) args[0];
                      groups =
                          Set.copyOf((Set<?>) args[1]).stream()
                              .map(String.class::cast)
                              .collect(java.util.stream.Collectors.toSet());
                      // as Liberty's callback handler does: the login's hashtable in the subject
                      clientSubject.getPrivateCredentials().add(new Hashtable<String, Object>());
                      yield AuthenticationStatus.SUCCESS;
                    }
                    default -> throw new UnsupportedOperationException(method);
                  });
      return mechanism.validateRequest(request, response, context);
    }
  }

  @FunctionalInterface
  private interface Handler {
    Object handle(String method, Object[] args) throws Exception;
  }

  private static <T> T stub(Class<T> type, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> handler.handle(method.getName(), args)));
  }

  private String validToken(String subject, String... groups) {
    return tokens.token(subject, clock.instant().plus(Duration.ofHours(1)), groups);
  }

  @Test
  void aValidBearerTokenLogsTheCallerInWithTheTokensGroups() throws Exception {
    Exchange exchange = new Exchange();
    String token = validToken("alice", "ADMIN", "USER");
    exchange.headers.put("Authorization", "bearer  " + token);

    assertEquals(AuthenticationStatus.SUCCESS, exchange.run(mechanism));

    JsonWebToken caller = (JsonWebToken) exchange.loggedIn;
    assertEquals("alice", caller.getName());
    assertEquals("alice", caller.getSubject());
    assertEquals(Set.of("ADMIN", "USER"), caller.getGroups());
    assertEquals(token, caller.getRawToken());
    assertEquals(Set.of("ADMIN", "USER"), exchange.groups);
    assertEquals(caller, exchange.attributes.get(BearerTokenMechanism.PRINCIPAL));
    assertEquals(List.of(), exchange.errors);
    assertEquals("BearerTokenPrincipal", caller.toString(), "no claim in log lines");
  }

  @Test
  void theContainerSubjectIsKeyedByTheTokensFingerprintNotTheToken() throws Exception {
    Exchange exchange = new Exchange();
    String token = validToken("alice", "USER");
    exchange.headers.put("Authorization", "Bearer " + token);

    exchange.run(mechanism);

    Object key =
        exchange
            .clientSubject
            .getPrivateCredentials(Hashtable.class)
            .iterator()
            .next()
            .get(BearerTokenMechanism.LIBERTY_CACHE_KEY);
    assertEquals("chat-inbox-bearer:" + TokenFingerprint.of(token), key);
    assertFalse(key.toString().contains(token.substring(0, 20)));
  }

  @Test
  void aMissingTokenIsA401WithABearerChallenge() throws Exception {
    Exchange exchange = new Exchange();

    assertEquals(AuthenticationStatus.SEND_FAILURE, exchange.run(mechanism));

    assertEquals(List.of(401), exchange.errors);
    assertEquals("Bearer realm=\"chat-inbox\"", exchange.responseHeaders.get("WWW-Authenticate"));
    assertNull(exchange.loggedIn);
  }

  @Test
  void aTokenOutsideTheAuthorizationHeaderIsIgnored() throws Exception {
    Exchange exchange = new Exchange();
    String token = validToken("alice", "ADMIN");
    exchange.parameters.put("access_token", token);
    exchange.parameters.put("token", token);
    exchange.headers.put("Authorization", "Basic " + token);

    assertEquals(AuthenticationStatus.SEND_FAILURE, exchange.run(mechanism));

    assertEquals(List.of(401), exchange.errors);
    assertNull(exchange.loggedIn);
  }

  @Test
  void aRefusedTokenIsA401WithInvalidToken() throws Exception {
    Exchange exchange = new Exchange();
    exchange.headers.put(
        "Authorization",
        "Bearer "
            + TestTokens.rs256(
                TestTokens.generate().getPrivate(),
                TestTokens.claims(
                    TestTokens.ISSUER, "alice", clock.instant().plusSeconds(600), "ADMIN")));

    assertEquals(AuthenticationStatus.SEND_FAILURE, exchange.run(mechanism));

    assertEquals(List.of(401), exchange.errors);
    assertEquals(
        "Bearer realm=\"chat-inbox\", error=\"invalid_token\"",
        exchange.responseHeaders.get("WWW-Authenticate"));
    assertNull(exchange.loggedIn);
    assertTrue(exchange.clientSubject.getPrivateCredentials().isEmpty());
  }

  @Test
  void publicResourcesAreLeftAloneWhateverTheyCarry() throws Exception {
    for (String authorization :
        new String[] {null, "Bearer not.a.jwt", "Bearer " + validToken("a")}) {
      Exchange exchange = new Exchange();
      exchange.protectedResource = false;
      if (authorization != null) {
        exchange.headers.put("Authorization", authorization);
      }

      assertEquals(AuthenticationStatus.NOT_DONE, exchange.run(mechanism));

      assertEquals(List.of(), exchange.errors);
      assertNull(exchange.loggedIn);
    }
  }
}
