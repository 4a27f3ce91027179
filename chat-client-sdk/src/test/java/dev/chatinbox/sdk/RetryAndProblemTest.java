package dev.chatinbox.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries and error translation against a scripted local HTTP server: what the live server cannot
 * be made to do on demand (503, 429 with Retry-After, dropped connections).
 */
class RetryAndProblemTest {
  private static final String CONVERSATION =
      "{\"success\":true,\"data\":{\"id\":\"c1\",\"fullName\":\"Ada\",\"channel\":\"SMS\","
          + "\"unreadCount\":2,\"isStarred\":false}}";
  private static final String PROBLEM =
      "{\"success\":false,\"type\":\"/problems/validation\",\"title\":\"Invalid input\","
          + "\"status\":400,\"detail\":\"2 fields\",\"instance\":\"/api/v1/x\","
          + "\"errors\":[{\"field\":\"to\",\"message\":\"must be E.164\"}]}";

  private record Reply(int status, String body, String retryAfter) {}

  private HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<String> requests = new ArrayList<>();
  private ChatClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          synchronized (requests) {
            requests.add(
                exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestURI().getPath()
                    + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
          }
          Reply r = replies.isEmpty() ? new Reply(200, CONVERSATION, null) : replies.poll();
          byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
          exchange
              .getResponseHeaders()
              .add(
                  "Content-Type",
                  r.status() >= 400 ? "application/problem+json" : "application/json");
          if (r.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", r.retryAfter());
          }
          exchange.sendResponseHeaders(r.status(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    int[] calls = {0};
    client =
        ChatClient.builder()
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
            .tokenSupplier(() -> "t" + (++calls[0]))
            .backoff(Duration.ofMillis(10), Duration.ofSeconds(2))
            .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void getIsRetriedOn5xxAndAsksTheTokenSupplierEachTime() {
    replies.add(new Reply(503, "{}", null));
    replies.add(new Reply(502, "", null));
    assertEquals("Ada", client.conversations().get("c1").fullName());
    assertEquals(3, requests.size(), requests::toString);
    assertTrue(requests.get(0).endsWith("Bearer t1"), requests::toString);
    assertTrue(requests.get(2).endsWith("Bearer t3"), requests::toString);
  }

  @Test
  void retryAfterOf429IsHonoured() {
    replies.add(new Reply(429, PROBLEM.replace("400", "429"), "1"));
    long start = System.nanoTime();
    client.conversations().get("c1");
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 900);
    assertEquals(2, requests.size());
  }

  @Test
  void postAndPatchAreNotRetried() {
    replies.add(new Reply(503, "{}", null));
    ChatApiException e =
        assertThrows(
            ChatApiException.class,
            () -> client.messages().sendSms("c1", "+14155550101", "hi", null));
    assertEquals(503, e.status());
    replies.add(new Reply(500, "{}", null));
    assertThrows(ChatApiException.class, () -> client.conversations().star("c1", true));
    assertEquals(2, requests.size(), requests::toString);
  }

  @Test
  void clientErrorsAreNotRetriedAndCarryTheProblemFields() {
    replies.add(new Reply(400, PROBLEM, null));
    ChatApiException e =
        assertThrows(ChatApiException.class, () -> client.conversations().get("c1"));
    assertEquals(1, requests.size());
    assertEquals(400, e.status());
    assertEquals("/problems/validation", e.type());
    assertEquals("Invalid input", e.title());
    assertEquals("2 fields", e.detail());
    assertEquals("/api/v1/x", e.instance());
    assertEquals(List.of(new ChatApiException.FieldError("to", "must be E.164")), e.errors());
  }

  @Test
  void givesUpAfterMaxRetriesAndAConnectionFailureIsStatusZero() {
    for (int i = 0; i < 4; i++) {
      replies.add(new Reply(500, "not json", null));
    }
    ChatApiException e =
        assertThrows(ChatApiException.class, () -> client.conversations().get("c1"));
    assertEquals(500, e.status());
    assertEquals("not json", e.detail());
    assertEquals(4, requests.size());

    server.stop(0);
    ChatApiException down =
        assertThrows(ChatApiException.class, () -> client.conversations().get("c1"));
    assertTrue(down.isConnectionFailure(), down::toString);
  }
}
