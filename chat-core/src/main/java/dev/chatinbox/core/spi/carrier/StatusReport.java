package dev.chatinbox.core.spi.carrier;

import dev.chatinbox.core.domain.message.MessageStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a carrier said about one of our messages — a status callback, one event of a batch, a status
 * fetched by reconciliation, or the sandbox's simulated delivery — already read into our terms by
 * the carrier's adapter.
 *
 * @param carrier the adapter's name ({@code twilio}, {@code sendgrid}, {@code sandbox}…), as stored
 *     with the message it carried
 * @param carrierMessageId the carrier's id of the message
 * @param rawStatus the carrier's own status or event name (kept as the message's event)
 * @param status what it means for our status; empty when it says nothing new (queued, processed,
 *     click…): then the report is kept as an event and moves nothing
 * @param errorCode the carrier's error code, when it gave one
 * @param errorMessage a readable reason, when known
 * @param eventId the carrier's id of this report, for deduplication; empty when it has none (then
 *     {@code carrierMessageId:rawStatus} is used: the same status twice is the same report)
 * @param consentWithdrawn whether the report says the recipient does not want messages on this
 *     channel any more (an unsubscribe, a spam report, an opted-out recipient): do-not-disturb
 * @param occurredAt when the carrier says it happened (SendGrid's event timestamp, the delivery
 *     receipt's date Twilio passes on), when it says
 */
public record StatusReport(
    String carrier,
    String carrierMessageId,
    String rawStatus,
    Optional<MessageStatus> status,
    Optional<String> errorCode,
    Optional<String> errorMessage,
    Optional<String> eventId,
    boolean consentWithdrawn,
    Optional<Instant> occurredAt) {
  public StatusReport {
    Objects.requireNonNull(carrier);
    Objects.requireNonNull(carrierMessageId);
    Objects.requireNonNull(rawStatus);
    Objects.requireNonNull(status);
    Objects.requireNonNull(errorCode);
    Objects.requireNonNull(errorMessage);
    Objects.requireNonNull(eventId);
    Objects.requireNonNull(occurredAt);
  }

  /** A report without the carrier's time of the event. */
  public StatusReport(
      String carrier,
      String carrierMessageId,
      String rawStatus,
      Optional<MessageStatus> status,
      Optional<String> errorCode,
      Optional<String> errorMessage,
      Optional<String> eventId,
      boolean consentWithdrawn) {
    this(
        carrier,
        carrierMessageId,
        rawStatus,
        status,
        errorCode,
        errorMessage,
        eventId,
        consentWithdrawn,
        Optional.empty());
  }

  /** A report without error, event id or consent change (the sandbox's simulated delivery). */
  public static StatusReport of(
      String carrier, String carrierMessageId, String rawStatus, MessageStatus status) {
    return new StatusReport(
        carrier,
        carrierMessageId,
        rawStatus,
        Optional.of(status),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false);
  }

  /** The key that makes a repeated report a duplicate. */
  public String deduplicationKey() {
    return eventId.orElse(carrierMessageId + ":" + rawStatus.toLowerCase(Locale.ROOT));
  }
}
