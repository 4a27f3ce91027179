package dev.chatinbox.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client ({@code java.net.http}) on {@code /ws/conversations}. */
public final class WsClient implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final CompletableFuture<String> closeReason = new CompletableFuture<>();
  private final boolean reading;
  private WebSocket socket;

  private WsClient(boolean reading) {
    this.reading = reading;
  }

  private static URI uri(String query) {
    return uri(Api.BASE, query);
  }

  private static URI uri(String base, String query) {
    return URI.create(base.replaceFirst("^http", "ws") + "/ws/conversations" + query);
  }

  /** Connects with {@code ?token=} to the server at {@code base} (another node). */
  public static WsClient withQueryToken(String base, String token) {
    return connect(uri(base, "?token=" + token), null, null, true);
  }

  /** Connects with {@code ?token=}. */
  public static WsClient withQueryToken(String token) {
    return connect(uri(token == null ? "" : "?token=" + token), null, null, true);
  }

  /** Connects with {@code Authorization: Bearer}. */
  public static WsClient withHeaderToken(String token) {
    return connect(uri(""), "Bearer " + token, null, true);
  }

  /** Connects as a browser would: the token in {@code Sec-WebSocket-Protocol}. */
  public static WsClient withSubprotocolToken(String token) {
    return connect(uri(""), null, token, true);
  }

  /** A client that never reads what the server sends (until {@link #drain}). */
  public static WsClient notReading(String token) {
    return connect(uri("?token=" + token), null, null, false);
  }

  private static WsClient connect(
      URI uri, String authorization, String protocolToken, boolean read) {
    WsClient client = new WsClient(read);
    WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (protocolToken != null) {
      builder.subprotocols("bearer", protocolToken);
    }
    client.socket = builder.buildAsync(uri, client.new Listener()).join();
    return client;
  }

  /** The subprotocol the server chose ("" when none). */
  public String subprotocol() {
    return socket.getSubprotocol();
  }

  public void send(String json) {
    socket.sendText(json, true).join();
  }

  /** The next frame, or null after {@code timeout}. */
  public JsonObject next(Duration timeout) throws InterruptedException {
    return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The next frame that matches, skipping others; fails after {@code timeout}. */
  public JsonObject await(Predicate<JsonObject> wanted, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      JsonObject frame = frames.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (frame != null && wanted.test(frame)) {
        return frame;
      }
    }
    throw new AssertionError("no matching frame within " + timeout);
  }

  /** Every frame received so far (and until {@code quiet} passes without one). */
  public List<JsonObject> collect(Duration quiet) throws InterruptedException {
    List<JsonObject> all = new ArrayList<>();
    JsonObject frame;
    while ((frame = frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
      all.add(frame);
    }
    return all;
  }

  /** Starts reading (for a {@link #notReading} client). */
  public void drain() {
    socket.request(Long.MAX_VALUE);
  }

  /** The close code the server sent, waiting up to {@code timeout}. */
  public int closeCode(Duration timeout) throws Exception {
    return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public String closeReason() {
    return closeReason.getNow("");
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public void onOpen(WebSocket webSocket) {
      if (reading) {
        webSocket.request(Long.MAX_VALUE);
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try (JsonReader reader = Json.createReader(new StringReader(partial.toString()))) {
          frames.add(reader.readObject());
        }
        partial.setLength(0);
      }
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closeReason.complete(reason);
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
