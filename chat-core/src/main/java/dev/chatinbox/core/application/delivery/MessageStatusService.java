package dev.chatinbox.core.application.delivery;

import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageEvent;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.spi.carrier.EarlyStatusReports;
import dev.chatinbox.core.spi.carrier.StatusReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one path every carrier status report takes — status callbacks, event batches, reconciliation,
 * and the sandbox carrier's simulated delivery: the raw report is kept as an event (once: repeated
 * reports are recognised), the status only moves forward. Reports of one message are serialised by
 * a row lock, so callbacks racing each other cannot lose an update.
 *
 * <p>A report for a carrier id no message has yet — the carrier reported before the send that
 * handed it the message recorded the id — is kept ({@link EarlyStatusReports}: at most {@code
 * chat.early-reports.max}, each for {@code chat.early-reports.ttl-minutes}) and applied, in arrival
 * order, when the send records the id ({@link #applyKept}). A lock on the carrier id makes the two
 * miss each other never.
 */
@ApplicationScoped
public class MessageStatusService {
  private static final Logger LOG = Logger.getLogger(MessageStatusService.class.getName());

  /** What became of a report. */
  public enum Outcome {
    /** No message has this carrier id (yet): kept for the send that will record it. */
    UNKNOWN_MESSAGE,
    /** The same report was recorded before. */
    DUPLICATE,
    /** Recorded. */
    RECORDED
  }

  private MessageRepository messages;
  private ConversationRepository conversations;
  private ContactRepository contacts;
  private InboxEvents events;
  private EarlyStatusReports early;
  private int earlyMax;
  private Duration earlyTtl;
  private Clock clock;

  protected MessageStatusService() {}

  @Inject
  public MessageStatusService(
      MessageRepository messages,
      ConversationRepository conversations,
      ContactRepository contacts,
      InboxEvents events,
      EarlyStatusReports early,
      @ConfigProperty(name = "chat.early-reports.max", defaultValue = "10000") int earlyMax,
      @ConfigProperty(name = "chat.early-reports.ttl-minutes", defaultValue = "60")
          long earlyTtlMinutes,
      Clock clock) {
    this.messages = messages;
    this.conversations = conversations;
    this.contacts = contacts;
    this.events = events;
    this.early = early;
    this.earlyMax = Math.max(0, earlyMax);
    this.earlyTtl = Duration.ofMinutes(Math.max(1, earlyTtlMinutes));
    this.clock = clock;
  }

  /**
   * Applies, in arrival order, the reports kept for a carrier id that a send has just recorded (in
   * the caller's transaction, which must have stored the message with that id).
   */
  @Transactional
  public void applyKept(String carrier, String carrierMessageId) {
    early.lock(carrier, carrierMessageId);
    early.take(carrier, carrierMessageId).forEach(this::apply);
  }

  /** Records one report; see the class description. */
  @Transactional
  public Outcome record(StatusReport report) {
    return apply(report);
  }

  /** Records a batch of reports (an event batch) in one transaction. */
  @Transactional
  public java.util.List<Outcome> recordAll(java.util.List<StatusReport> reports) {
    return reports.stream().map(this::apply).toList();
  }

  private Outcome apply(StatusReport report) {
    Optional<Message> found =
        messages.findByCarrierIdForUpdate(report.carrier(), report.carrierMessageId());
    if (found.isEmpty()) {
      // the send may be recording this id right now: wait for it, then look again
      early.lock(report.carrier(), report.carrierMessageId());
      found = messages.findByCarrierIdForUpdate(report.carrier(), report.carrierMessageId());
    }
    if (found.isEmpty()) {
      Instant now = clock.instant();
      if (!early.keep(report, now, now.plus(earlyTtl), earlyMax)) {
        LOG.log(
            Level.WARNING,
            "A {0} report for an unknown message id was dropped: {1} early reports are kept"
                + " already (chat.early-reports.max)",
            new Object[] {report.carrier(), earlyMax});
      }
      return Outcome.UNKNOWN_MESSAGE;
    }
    Message message = found.get();
    String source = report.carrier();
    if (messages.hasEvent(source, report.deduplicationKey())) {
      return Outcome.DUPLICATE;
    }
    Instant now = clock.instant();
    messages.store(
        new MessageEvent(
            Ids.newId(),
            message.id(),
            source,
            report.deduplicationKey(),
            report.rawStatus(),
            report.errorCode().orElse(null),
            now,
            report.occurredAt().orElse(null),
            report.status().orElse(null)));
    Optional<MessageStatus> mapped = report.status();
    boolean advanced = mapped.map(status -> message.advance(status, now)).orElse(false);
    if (advanced || (mapped.isEmpty() && message.awaitingCarrier())) {
      // the raw status shown is that of the latest report that counted: a late "sent" after
      // "delivered" is kept as an event but does not overwrite what the message shows
      message.carrierReport(
          report.rawStatus(), report.errorCode().orElse(null), report.errorMessage().orElse(null));
    }
    if (advanced || report.consentWithdrawn()) {
      Optional<Conversation> conversation =
          conversations.find(message.conversationId(), Visibility.everything());
      if (advanced) {
        conversation.ifPresent(c -> events.messageStatus(c, message.id()));
      }
      if (report.consentWithdrawn()) {
        conversation.ifPresent(this::setDoNotDisturb);
      }
    }
    return Outcome.RECORDED;
  }

  private void setDoNotDisturb(Conversation conversation) {
    Channel channel = conversation.channel();
    Optional<Contact> contact = contacts.find(conversation.contactId());
    if (contact.isPresent() && !contact.get().dndOn(channel)) {
      contact.get().setDnd(channel, true, clock.instant());
      contacts.store(contact.get());
      events.conversationUpdated(conversation);
      LOG.log(
          Level.INFO,
          "Contact {0} opted out of {1} (carrier report); do-not-disturb set",
          new Object[] {contact.get().id(), channel});
    }
  }
}
