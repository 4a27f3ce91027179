package dev.chatinbox.core.application;

import dev.chatinbox.core.domain.message.CarrierStatus;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageEvent;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one path every carrier status report takes — Twilio status callbacks, SendGrid events, and
 * the sandbox carrier's simulated delivery: the raw report is kept as an event, the status only
 * moves forward, and an unknown carrier id changes nothing.
 */
@ApplicationScoped
public class MessageStatusService {
  /** Who reports. */
  public enum Source {
    TWILIO,
    SENDGRID
  }

  private MessageRepository messages;
  private Clock clock;

  protected MessageStatusService() {}

  @Inject
  public MessageStatusService(MessageRepository messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Records a carrier's report about the message it knows as {@code carrierMessageId}.
   *
   * @return whether a message with that carrier id exists
   */
  @Transactional
  public boolean record(
      Source source,
      String carrierMessageId,
      String rawStatus,
      Optional<String> errorCode,
      Optional<String> errorMessage) {
    Optional<Message> found = messages.findByCarrierId(carrierMessageId);
    if (found.isEmpty()) {
      return false;
    }
    Message message = found.get();
    Instant now = clock.instant();
    messages.store(
        new MessageEvent(
            Ids.newId(),
            message.id(),
            source.name().toLowerCase(java.util.Locale.ROOT),
            null,
            rawStatus,
            errorCode.orElse(null),
            now));
    message.carrierReport(
        source == Source.TWILIO ? rawStatus : null,
        source == Source.SENDGRID ? rawStatus : null,
        errorCode.orElse(null),
        errorMessage.orElse(null));
    Optional<MessageStatus> mapped =
        source == Source.TWILIO
            ? CarrierStatus.fromTwilio(rawStatus)
            : CarrierStatus.fromSendGrid(rawStatus);
    mapped.ifPresent(status -> message.advance(status, now));
    return true;
  }
}
