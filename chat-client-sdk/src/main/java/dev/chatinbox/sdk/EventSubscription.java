package dev.chatinbox.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.generated.model.ConversationOutput;
import dev.chatinbox.sdk.internal.generated.model.MessageOutput;
import dev.chatinbox.sdk.model.ChatEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A live WebSocket subscription to {@code /ws/conversations}. It reconnects by itself after a lost
 * connection or a server close (jittered backoff from 0.5 s to 30 s) and resumes after the last
 * event it delivered, so the listener misses nothing; only a refused token (close 1008) ends it.
 * Close it to stop.
 */
public final class EventSubscription implements AutoCloseable {
  private static final int POLICY_VIOLATION = 1008;

  private final HttpClient http;
  private final URI uri;
  private final Supplier<String> tokens;
  private final Optional<String> conversationId;
  private final EventListener listener;
  private final ObjectMapper json;
  private final CompletableFuture<Void> subscribed = new CompletableFuture<>();
  private volatile String lastEventId;
  private volatile WebSocket socket;
  private volatile boolean closed;
  private long backoffMillis = 500;

  EventSubscription(
      HttpClient http,
      URI uri,
      Supplier<String> tokens,
      Optional<String> conversationId,
      Optional<String> since,
      EventListener listener,
      ObjectMapper json) {
    this.http = http;
    this.uri = uri;
    this.tokens = tokens;
    this.conversationId = conversationId;
    this.lastEventId = since.orElse(null);
    this.listener = listener;
    this.json = json;
    connect();
  }

  /**
   * Waits until the server confirmed the first subscription (events from then on are delivered).
   *
   * @return whether it did within {@code timeout}
   */
  public boolean awaitSubscribed(Duration timeout) {
    try {
      subscribed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** The id of the last event delivered (where a new subscription would resume), if any. */
  public Optional<String> lastEventId() {
    return Optional.ofNullable(lastEventId);
  }

  private void connect() {
    if (closed) {
      return;
    }
    WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    String token = tokens == null ? null : tokens.get();
    if (token != null && !token.isBlank()) {
      builder.header("Authorization", "Bearer " + token);
    }
    builder
        .buildAsync(uri, new Listener())
        .whenComplete(
            (ws, failure) -> {
              if (failure != null) {
                listener.onError(failure);
                retryLater();
              } else {
                socket = ws;
                backoffMillis = 500;
                ws.sendText(subscribeFrame(), true);
              }
            });
  }

  private String subscribeFrame() {
    var frame = json.createObjectNode().put("action", "subscribe");
    conversationId.ifPresent(id -> frame.put("conversationId", id));
    if (lastEventId != null) {
      frame.put("since", lastEventId);
    }
    return frame.toString();
  }

  private void retryLater() {
    if (closed) {
      return;
    }
    long wait = backoffMillis / 2 + ThreadLocalRandom.current().nextLong(backoffMillis / 2 + 1);
    backoffMillis = Math.min(backoffMillis * 2, 30_000);
    CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS).execute(this::connect);
  }

  private void frame(String text) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (Exception e) {
      listener.onError(e);
      return;
    }
    String type = node.path("type").asText("");
    switch (type) {
      case "subscribed" -> subscribed.complete(null);
      case "pong", "unsubscribed" -> {}
      case "error" ->
          listener.onError(
              new ChatApiException(
                  0,
                  "/problems/realtime/" + node.path("data").path("code").asText("error"),
                  "Real-time error",
                  node.path("data").path("message").asText(""),
                  null,
                  java.util.List.of(),
                  Optional.empty()));
      default -> event(type, node, text);
    }
  }

  private void event(String type, JsonNode node, String frame) {
    JsonNode data = node.path("data");
    Optional<dev.chatinbox.sdk.model.Message> message = Optional.empty();
    Optional<dev.chatinbox.sdk.model.Conversation> conversation = Optional.empty();
    String conversationOf;
    try {
      if (type.equals("new_message") || type.equals("message_status")) {
        message = Optional.of(Mapping.message(json.treeToValue(data, MessageOutput.class)));
        conversationOf = message.get().conversationId();
      } else if (type.equals("conversation_update")) {
        conversation =
            Optional.of(Mapping.conversation(json.treeToValue(data, ConversationOutput.class)));
        conversationOf = conversation.get().id();
      } else {
        conversationOf = data.path("id").asText(null);
      }
    } catch (Exception e) {
      listener.onError(e);
      return;
    }
    String id = node.path("id").asText(null);
    ChatEvent event =
        new ChatEvent(
            type,
            id,
            node.hasNonNull("occurredAt") ? Mapping.instant(node.get("occurredAt").asText()) : null,
            conversationOf,
            message,
            conversation,
            frame);
    listener.onEvent(event);
    if (id != null) {
      lastEventId = id;
    }
  }

  @Override
  public void close() {
    closed = true;
    WebSocket ws = socket;
    if (ws != null) {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(t -> null);
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public void onOpen(WebSocket webSocket) {
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          frame(text);
        } catch (RuntimeException e) {
          listener.onError(e); // a failing listener does not end the subscription
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      if (statusCode == POLICY_VIOLATION) {
        closed = true;
        subscribed.completeExceptionally(new IllegalStateException(reason));
        listener.onError(
            new ChatApiException(
                401,
                "/problems/unauthorized",
                "Authentication required",
                reason,
                null,
                java.util.List.of(),
                Optional.empty()));
      } else if (!closed) {
        retryLater();
      }
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      listener.onError(error);
      retryLater();
    }
  }
}
