package dev.chatinbox.it.support;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;

/** Waits for a message sent through the API to reach a status (the outbox works asynchronously). */
public final class MessageAwait {
  private MessageAwait() {}

  /**
   * Polls the conversation's history until message {@code id} has {@code status}; fails with the
   * last state seen after {@code timeout}.
   */
  public static JsonObject status(
      UUID conversation, String id, String status, String token, Duration timeout)
      throws InterruptedException {
    JsonObject last = null;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (var v :
          Api.get("/api/v1/conversations/" + conversation + "/messages?pageSize=50", token)
              .data()
              .getJsonArray("data")) {
        if (v.asJsonObject().getString("id").equals(id)) {
          last = v.asJsonObject();
          if (status.equals(last.getString("status", ""))) {
            return last;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(id + " never reached " + status + "; last " + last);
  }
}
