package dev.chatinbox.core.infrastructure.carrier.twilio;

import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.spi.carrier.StatusReport;
import java.time.Instant;
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
    return report(sid, rawStatus, errorCode, errorMessage, Optional.empty());
  }

  /** The same, with Twilio's time of the event when it gave one. */
  static StatusReport report(
      String sid,
      String rawStatus,
      Optional<String> errorCode,
      Optional<String> errorMessage,
      Optional<Instant> occurredAt) {
    return new StatusReport(
        CARRIER,
        sid,
        rawStatus,
        map(rawStatus),
        errorCode,
        errorMessage,
        Optional.empty(),
        errorCode.filter(TwilioErrors::unsubscribed).isPresent(),
        occurredAt);
  }

  /**
   * The delivery receipt's "done" date a status callback passes on as {@code RawDlrDoneDate}
   * ({@code YYMMDDhhmm}, UTC), when present and well-formed.
   */
  static Optional<Instant> dlrDoneDate(String raw) {
    if (raw == null || !raw.matches("\\d{10}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          java.time.LocalDateTime.parse(
                  "20" + raw, java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmm"))
              .toInstant(java.time.ZoneOffset.UTC));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
