package dev.chatinbox.core.application.delivery;

import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
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
    applyAll(early.take(carrier, carrierMessageId));
  }

  /** Records one report; see the class description. */
  @Transactional
  public Outcome record(StatusReport report) {
    return applyAll(List.of(report)).get(0);
  }

  /**
   * Records reports (an event batch, or the callbacks {@link StatusCommits} grouped) in one
   * transaction, in their order, with a fixed number of statements besides one insert and one
   * update per recorded report: the messages of the batch are read and locked at once, the
   * duplicates found at once, their conversations read at once and the changes logged at once.
   *
   * @return what became of each report, in the same order
   */
  @Transactional
  public List<Outcome> recordAll(List<StatusReport> reports) {
    return applyAll(reports);
  }

  private List<Outcome> applyAll(List<StatusReport> reports) {
    if (reports.isEmpty()) {
      return List.of();
    }
    Map<String, Message> found = lockMessages(reports);
    Set<String> recorded = recordedEvents(reports);
    Instant now = clock.instant();
    List<Outcome> outcomes = new ArrayList<>(reports.size());
    Map<UUID, UUID> advancedInConversation = new LinkedHashMap<>();
    List<Message> optedOut = new ArrayList<>();
    for (StatusReport report : reports) {
      Message message = found.get(key(report.carrier(), report.carrierMessageId()));
      if (message == null) {
        message = waitForSend(report).orElse(null);
        if (message == null) {
          keepEarly(report, now);
          outcomes.add(Outcome.UNKNOWN_MESSAGE);
          continue;
        }
        found.put(key(report.carrier(), report.carrierMessageId()), message);
      }
      if (!recorded.add(key(report.carrier(), report.deduplicationKey()))) {
        outcomes.add(Outcome.DUPLICATE);
        continue;
      }
      if (apply(report, message, now)) {
        advancedInConversation.remove(message.id()); // its change is logged in order
        advancedInConversation.put(message.id(), message.conversationId());
      }
      if (report.consentWithdrawn()) {
        optedOut.add(message);
      }
      outcomes.add(Outcome.RECORDED);
    }
    if (!advancedInConversation.isEmpty() || !optedOut.isEmpty()) {
      announce(advancedInConversation, optedOut);
    }
    return outcomes;
  }

  /**
   * The batch's messages, read and locked with one statement per carrier — carriers in name order,
   * rows in id order, so that two batches committing at once lock in the same order and never wait
   * for each other in a circle.
   */
  private Map<String, Message> lockMessages(List<StatusReport> reports) {
    Map<String, Set<String>> idsByCarrier = new TreeMap<>();
    for (StatusReport r : reports) {
      idsByCarrier.computeIfAbsent(r.carrier(), c -> new HashSet<>()).add(r.carrierMessageId());
    }
    Map<String, Message> found = new HashMap<>();
    idsByCarrier.forEach(
        (carrier, ids) ->
            messages
                .findByCarrierIdsForUpdate(carrier, ids)
                .forEach(m -> found.put(key(carrier, m.carrierMessageId().orElseThrow()), m)));
    return found;
  }

  /** The reports of the batch recorded before, one statement per carrier. */
  private Set<String> recordedEvents(List<StatusReport> reports) {
    Map<String, Set<String>> keysByCarrier = new LinkedHashMap<>();
    for (StatusReport r : reports) {
      keysByCarrier.computeIfAbsent(r.carrier(), c -> new HashSet<>()).add(r.deduplicationKey());
    }
    Set<String> recorded = new HashSet<>();
    keysByCarrier.forEach(
        (carrier, keys) ->
            messages.recordedEvents(carrier, keys).forEach(k -> recorded.add(key(carrier, k))));
    return recorded;
  }

  /** The send may be recording this id right now: wait for it, then look again. */
  private Optional<Message> waitForSend(StatusReport report) {
    early.lock(report.carrier(), report.carrierMessageId());
    return messages.findByCarrierIdForUpdate(report.carrier(), report.carrierMessageId());
  }

  private void keepEarly(StatusReport report, Instant now) {
    if (!early.keep(report, now, now.plus(earlyTtl), earlyMax)) {
      LOG.log(
          Level.WARNING,
          "A {0} report for an unknown message id was dropped: {1} early reports are kept"
              + " already (chat.early-reports.max)",
          new Object[] {report.carrier(), earlyMax});
    }
  }

  /**
   * Keeps the report as the message's event and moves the status forward.
   *
   * @return whether the status moved
   */
  private boolean apply(StatusReport report, Message message, Instant now) {
    messages.store(
        new MessageEvent(
            Ids.newId(),
            message.id(),
            report.carrier(),
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
    return advanced;
  }

  /**
   * Logs the moved statuses (one statement) and sets do-not-disturb where consent was withdrawn.
   */
  private void announce(Map<UUID, UUID> advancedInConversation, List<Message> optedOut) {
    Set<UUID> ids = new HashSet<>(advancedInConversation.values());
    optedOut.forEach(m -> ids.add(m.conversationId()));
    Map<UUID, Conversation> conversationById = new HashMap<>();
    conversations.findAll(ids).forEach(c -> conversationById.put(c.id(), c));
    Map<UUID, Conversation> changed = new LinkedHashMap<>();
    advancedInConversation.forEach(
        (message, conversation) -> {
          Conversation c = conversationById.get(conversation);
          if (c != null) {
            changed.put(message, c);
          }
        });
    events.messageStatuses(changed);
    optedOut.stream()
        .map(m -> conversationById.get(m.conversationId()))
        .filter(java.util.Objects::nonNull)
        .distinct()
        .forEach(this::setDoNotDisturb);
  }

  private static String key(String carrier, String id) {
    return carrier + '\u0000' + id;
  }

  private void setDoNotDisturb(Conversation conversation) {
    Channel channel = conversation.channel();
    Optional<Contact> contact = contacts.find(conversation.contactId());
    if (contact.isPresent() && !contact.get().dndOn(channel)) {
      contact.get().setDnd(channel, true, clock.instant());
      contacts.store(contact.get());
      events.contactUpdated(contact.get());
      events.conversationUpdated(conversation);
      LOG.log(
          Level.INFO,
          "Contact {0} opted out of {1} (carrier report); do-not-disturb set",
          new Object[] {contact.get().id(), channel});
    }
  }
}
