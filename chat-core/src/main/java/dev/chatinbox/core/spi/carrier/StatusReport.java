package dev.chatinbox.core.spi.carrier;

import dev.chatinbox.core.application.delivery.MessageStatusService;
import java.util.Objects;
import java.util.Optional;

/**
 * What a carrier said about one of our messages: a Twilio status callback, one SendGrid event, a
 * status fetched by reconciliation, or the sandbox's simulated delivery.
 *
 * @param source who reports
 * @param carrierMessageId the carrier's id of the message (Twilio SID, SendGrid message id)
 * @param rawStatus the carrier's own status or event name
 * @param errorCode the carrier's error code, when it gave one
 * @param errorMessage a readable reason, when known
 * @param eventId the carrier's id of this report, for deduplication; empty when it has none (then
 *     {@code carrierMessageId:rawStatus} is used: the same status twice is the same report)
 */
public record StatusReport(
    MessageStatusService.Source source,
    String carrierMessageId,
    String rawStatus,
    Optional<String> errorCode,
    Optional<String> errorMessage,
    Optional<String> eventId) {
  public StatusReport {
    Objects.requireNonNull(source);
    Objects.requireNonNull(carrierMessageId);
    Objects.requireNonNull(rawStatus);
  }

  /** The key that makes a repeated report a duplicate. */
  public String deduplicationKey() {
    return eventId.orElse(carrierMessageId + ":" + rawStatus.toLowerCase(java.util.Locale.ROOT));
  }
}
