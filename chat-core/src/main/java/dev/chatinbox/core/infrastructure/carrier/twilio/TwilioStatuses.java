package dev.chatinbox.core.infrastructure.carrier.twilio;

import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.spi.carrier.StatusReport;
import java.util.Locale;
import java.util.Optional;

/**
 * What Twilio's message statuses mean for ours (decisions.md), and a Twilio status as a {@link
 * StatusReport}. Statuses that say nothing new (accepted, scheduled, queued, sending, receiving,
 * received) map to empty: they are recorded as events but move nothing.
 */
final class TwilioStatuses {
  /** The name messages carried by Twilio are stored with. */
  static final String CARRIER = "twilio";

  private TwilioStatuses() {}

  /** Twilio {@code MessageStatus} → our status. */
  static Optional<MessageStatus> map(String raw) {
    return switch (raw == null ? "" : raw.toLowerCase(Locale.ROOT)) {
      case "sent" -> Optional.of(MessageStatus.SENT);
      case "delivered" -> Optional.of(MessageStatus.DELIVERED);
      case "read" -> Optional.of(MessageStatus.READ);
      case "undelivered", "failed" -> Optional.of(MessageStatus.FAILED);
      case "canceled" -> Optional.of(MessageStatus.CANCELLED);
      default -> Optional.empty();
    };
  }

  /** A status Twilio reported (callback) or answered (lookup) for message {@code sid}. */
  static StatusReport report(
      String sid, String rawStatus, Optional<String> errorCode, Optional<String> errorMessage) {
    return new StatusReport(
        CARRIER,
        sid,
        rawStatus,
        map(rawStatus),
        errorCode,
        errorMessage,
        Optional.empty(),
        errorCode.filter(TwilioErrors::unsubscribed).isPresent());
  }
}
