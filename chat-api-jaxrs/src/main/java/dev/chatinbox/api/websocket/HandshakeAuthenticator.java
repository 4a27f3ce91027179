package dev.chatinbox.api.websocket;

import dev.chatinbox.api.security.Callers;
import dev.chatinbox.api.security.InvalidTokenException;
import dev.chatinbox.api.security.TokenVerifier;
import dev.chatinbox.api.security.VerifiedToken;
import dev.chatinbox.core.application.access.Caller;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authenticates the WebSocket handshake. The token may come as {@code ?token=}, as {@code
 * Authorization: Bearer …}, or — for browsers, which cannot set headers — in {@code
 * Sec-WebSocket-Protocol} as {@code bearer, <token>} (the server then answers with the {@code
 * bearer} subprotocol, as browsers require). The verdict is left for {@code onOpen}, which closes
 * an unauthenticated connection with 1008 before anything else happens.
 */
public class HandshakeAuthenticator extends ServerEndpointConfig.Configurator {
  private static final Logger LOG = Logger.getLogger(HandshakeAuthenticator.class.getName());
  static final String CALLER = "chat.caller";
  static final String EXPIRES = "chat.token-expires";
  static final String REFUSAL = "chat.refusal";
  static final String SUBPROTOCOL = "bearer";

  @Override
  public void modifyHandshake(
      ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
    Map<String, Object> properties = config.getUserProperties();
    properties.remove(CALLER);
    properties.remove(REFUSAL);
    Optional<String> token = token(request);
    if (token.isEmpty()) {
      properties.put(REFUSAL, "authentication required");
      return;
    }
    try {
      VerifiedToken verified = CDI.current().select(TokenVerifier.class).get().verify(token.get());
      Caller caller = CDI.current().select(Callers.class).get().of(verified);
      properties.put(CALLER, caller);
      properties.put(EXPIRES, verified.expiresAt());
    } catch (InvalidTokenException e) {
      properties.put(REFUSAL, "invalid token: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "WebSocket caller could not be resolved", e);
      properties.put(REFUSAL, "not allowed");
    }
  }

  @Override
  public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
    return requested.stream().anyMatch(SUBPROTOCOL::equalsIgnoreCase) ? SUBPROTOCOL : "";
  }

  static Optional<String> token(HandshakeRequest request) {
    List<String> query = request.getParameterMap().get("token");
    if (query != null && !query.isEmpty() && !query.get(0).isBlank()) {
      return Optional.of(query.get(0));
    }
    Optional<String> bearer =
        header(request, "Authorization")
            .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
            .map(h -> h.substring(7).strip());
    if (bearer.isPresent()) {
      return bearer;
    }
    return header(request, "Sec-WebSocket-Protocol")
        .flatMap(
            h ->
                Arrays.stream(h.split(","))
                    .map(String::strip)
                    .filter(p -> p.chars().filter(c -> c == '.').count() == 2)
                    .findFirst());
  }

  private static Optional<String> header(HandshakeRequest request, String name) {
    for (Map.Entry<String, List<String>> entry : request.getHeaders().entrySet()) {
      if (entry.getKey() != null
          && entry.getKey().equalsIgnoreCase(name)
          && !entry.getValue().isEmpty()) {
        return Optional.of(String.join(",", entry.getValue()));
      }
    }
    return Optional.empty();
  }
}
