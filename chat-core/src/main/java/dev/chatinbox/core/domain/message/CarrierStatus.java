package dev.chatinbox.core.domain.message;

import java.util.Locale;
import java.util.Optional;

/**
 * What carriers' raw statuses mean for our status (decisions.md): Twilio's message statuses and
 * SendGrid's event types. Statuses that say nothing new (queued, sending, processed, deferred,
 * click…) map to empty: they are recorded as events but move nothing.
 */
public final class CarrierStatus {
  private CarrierStatus() {}

  /** Twilio {@code MessageStatus} → our status. */
  public static Optional<MessageStatus> fromTwilio(String raw) {
    return switch (raw == null ? "" : raw.toLowerCase(Locale.ROOT)) {
      case "sent" -> Optional.of(MessageStatus.SENT);
      case "delivered" -> Optional.of(MessageStatus.DELIVERED);
      case "read" -> Optional.of(MessageStatus.READ);
      case "undelivered", "failed" -> Optional.of(MessageStatus.FAILED);
      case "canceled" -> Optional.of(MessageStatus.CANCELLED);
      default -> Optional.empty(); // accepted, scheduled, queued, sending, receiving, received
    };
  }

  /** SendGrid event type → our status. */
  public static Optional<MessageStatus> fromSendGrid(String event) {
    return switch (event == null ? "" : event.toLowerCase(Locale.ROOT)) {
      case "delivered" -> Optional.of(MessageStatus.DELIVERED);
      case "open" -> Optional.of(MessageStatus.READ);
      case "bounce", "dropped", "blocked" -> Optional.of(MessageStatus.FAILED);
      default -> Optional.empty(); // processed, deferred, click, spamreport, unsubscribe…
    };
  }
}
