package dev.chatinbox.sdk;

import dev.chatinbox.sdk.model.ChatEvent;

/**
 * Receives real-time events, one at a time, in order, on the subscription's thread (keep {@link
 * #onEvent} short or hand work off).
 */
@FunctionalInterface
public interface EventListener {
  void onEvent(ChatEvent event);

  /**
   * A problem: an error frame from the server, a lost connection (a reconnect follows) or a refused
   * token (the subscription then stops: {@link ChatApiException} with status 401).
   */
  default void onError(Throwable problem) {}
}
