package dev.chatinbox.core.application.webhook;

import java.time.Instant;

/**
 * A change-log entry as integrators see it.
 *
 * @param sequence its change-log position
 * @param type one of {@link dev.chatinbox.core.domain.webhook.EventTypes}
 * @param body the webhook body {@code {type, timestamp, data}}, as JSON
 */
public record IntegratorEvent(long sequence, String type, Instant occurredAt, String body) {
  /** The {@code webhook-id} and events-API id: the change-log position. */
  public String id() {
    return Long.toString(sequence);
  }
}
