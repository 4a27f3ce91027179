package dev.chatinbox.api.websocket;

import dev.chatinbox.core.application.access.Caller;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /ws/conversations} (spec 5, option A). After the authenticated handshake the client sends
 * {@code {"action":"subscribe"}} (every conversation it may see), {@code {"action":"subscribe",
 * "conversationId":…}}, optionally with {@code "since": <event id>} to resume, {@code unsubscribe}
 * or {@code ping}; a malformed or unknown frame gets an error frame and the connection stays.
 */
@ServerEndpoint(
    value = "/ws/conversations",
    configurator = HandshakeAuthenticator.class,
    subprotocols = {HandshakeAuthenticator.SUBPROTOCOL})
public class ConversationEventsEndpoint {
  private static final Logger LOG = Logger.getLogger(ConversationEventsEndpoint.class.getName());
  static final int MAX_FRAME_CHARS = 4096;

  private ClientConnection connection;

  @OnOpen
  public void open(Session session, EndpointConfig config) throws IOException {
    Object caller = config.getUserProperties().get(HandshakeAuthenticator.CALLER);
    if (!(caller instanceof Caller c)) {
      Object refusal = config.getUserProperties().get(HandshakeAuthenticator.REFUSAL);
      session.close(
          new CloseReason(
              CloseReason.CloseCodes.VIOLATED_POLICY,
              refusal == null ? "authentication required" : refusal.toString()));
      return;
    }
    if (!c.mayUseInbox()) {
      session.close(
          new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no access to the inbox"));
      return;
    }
    session.setMaxTextMessageBufferSize(16 * MAX_FRAME_CHARS); // larger frames get an error frame
    session.setMaxIdleTimeout(0); // the hub pings and reaps idle clients itself
    Instant expires = (Instant) config.getUserProperties().get(HandshakeAuthenticator.EXPIRES);
    ClientConnection opened =
        new ClientConnection(session, c, expires == null ? Instant.MAX : expires);
    if (hub().register(opened)) {
      connection = opened;
    }
  }

  @OnMessage
  public void message(String text, Session session) {
    if (connection == null) {
      return;
    }
    connection.seen();
    if (text.length() > MAX_FRAME_CHARS) {
      connection.send(EventFrames.error("too-large", "frames are limited to 4096 characters"));
      return;
    }
    try {
      hub().handle(connection, ClientAction.parse(text));
    } catch (ClientAction.Malformed e) {
      connection.send(EventFrames.error("bad-request", e.getMessage()));
    }
  }

  @OnMessage
  public void pong(PongMessage pong) {
    if (connection != null) {
      connection.seen();
    }
  }

  @OnClose
  public void close(Session session) {
    hub().unregister(session.getId());
  }

  @OnError
  public void error(Session session, Throwable failure) {
    LOG.log(Level.FINE, "WebSocket {0} failed: {1}", new Object[] {session.getId(), failure});
    hub().unregister(session.getId());
  }

  private static RealtimeHub hub() {
    return CDI.current().select(RealtimeHub.class).get();
  }
}
