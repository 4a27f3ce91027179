package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.WsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user holds at most {@code chat.realtime.max-connections-per-user} (default 20) WebSocket
 * connections on a node (issue #17, finding 9): the next one is closed with 1008 "too many
 * connections" before any event; another user is not affected, and a closed slot can be used again.
 */
class WebSocketLimitsIT {
  private static final String M = Seed.marker();

  @Test
  void theTwentyFirstConnectionOfAUserIsClosedWith1008() throws Exception {
    String token = Tokens.token("ws-many-" + M, "USER");
    List<WsClient> open = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        WsClient ws = WsClient.withHeaderToken(token);
        open.add(ws);
        ws.send("{\"action\":\"ping\"}");
        assertEquals("pong", ws.await(f -> true, Duration.ofSeconds(10)).getString("type"));
      }
      try (WsClient refused = WsClient.withQueryToken(token)) {
        assertEquals(1008, refused.closeCode(Duration.ofSeconds(10)));
        assertEquals("too many connections", refused.closeReason());
      }
      try (WsClient other = WsClient.withHeaderToken(Tokens.token("ws-other-" + M, "USER"))) {
        other.send("{\"action\":\"ping\"}");
        assertEquals("pong", other.await(f -> true, Duration.ofSeconds(10)).getString("type"));
      }
      open.remove(0).close();
      Thread.sleep(500); // the server sees the close
      try (WsClient again = WsClient.withHeaderToken(token)) {
        again.send("{\"action\":\"ping\"}");
        assertEquals("pong", again.await(f -> true, Duration.ofSeconds(10)).getString("type"));
      }
    } finally {
      open.forEach(WsClient::close);
    }
  }
}
