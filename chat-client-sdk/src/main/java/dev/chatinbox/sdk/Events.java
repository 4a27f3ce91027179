package dev.chatinbox.sdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Real-time events over the server's WebSocket ({@code /ws/conversations}): every conversation the
 * caller may see, or one conversation, optionally resuming after an event id.
 *
 * <pre>{@code
 * try (EventSubscription live = chat.events().subscribe(event ->
 *     System.out.println(event.type() + " " + event.conversationId()))) {
 *   ...
 * }
 * }</pre>
 */
public final class Events {
  private final HttpClient http;
  private final URI uri;
  private final Supplier<String> tokens;
  private final ObjectMapper json;

  Events(HttpClient http, String baseUrl, Supplier<String> tokens, ObjectMapper json) {
    this.http = http;
    this.uri = URI.create(baseUrl.replaceFirst("^http", "ws") + "/ws/conversations");
    this.tokens = tokens;
    this.json = json;
  }

  /** Events of every conversation the caller may see, from now on. */
  public EventSubscription subscribe(EventListener listener) {
    return open(Optional.empty(), Optional.empty(), listener);
  }

  /** Events of one conversation, from now on. */
  public EventSubscription subscribe(String conversationId, EventListener listener) {
    return open(Optional.of(conversationId), Optional.empty(), listener);
  }

  /**
   * Events after {@code sinceEventId} (a resume), then live ones; {@code conversationId} may be
   * null for all visible conversations.
   */
  public EventSubscription resume(
      String conversationId, String sinceEventId, EventListener listener) {
    return open(
        Optional.ofNullable(conversationId),
        Optional.of(Objects.requireNonNull(sinceEventId, "sinceEventId")),
        listener);
  }

  private EventSubscription open(
      Optional<String> conversationId, Optional<String> since, EventListener listener) {
    return new EventSubscription(
        http, uri, tokens, conversationId, since, Objects.requireNonNull(listener), json);
  }
}
