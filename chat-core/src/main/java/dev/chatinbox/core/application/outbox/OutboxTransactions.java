package dev.chatinbox.core.application.outbox;

import dev.chatinbox.core.application.delivery.MessageStatusService;
import dev.chatinbox.core.application.messaging.EmailHtml;
import dev.chatinbox.core.application.messaging.SendTimeCheck;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.outbox.OutboxEntry;
import dev.chatinbox.core.domain.outbox.OutboxRepository;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.spi.carrier.CarrierReceipt;
import dev.chatinbox.core.spi.carrier.OutboundEmail;
import dev.chatinbox.core.spi.carrier.OutboundText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox's short transactions around each carrier call: claim (record the attempt before the
 * call), then record what the carrier said. Carrier calls never run inside a transaction.
 */
@ApplicationScoped
public class OutboxTransactions {
  static final Duration MAX_CLAIM_HOLD = Duration.ofSeconds(30);
  private OutboxRepository outbox;
  private MessageRepository messages;
  private ConversationRepository conversations;
  private ContactRepository contacts;
  private SenderPacer pacer;
  private InboxEvents events;
  private MessageStatusService statuses;

  protected OutboxTransactions() {}

  @Inject
  public OutboxTransactions(
      OutboxRepository outbox,
      MessageRepository messages,
      ConversationRepository conversations,
      ContactRepository contacts,
      SenderPacer pacer,
      InboxEvents events,
      MessageStatusService statuses) {
    this.events = events;
    this.statuses = statuses;
    this.outbox = outbox;
    this.messages = messages;
    this.conversations = conversations;
    this.contacts = contacts;
    this.pacer = pacer;
  }

  /**
   * Claims due entries for this dispatcher until {@code now} + {@link #claimHold} — no attempt is
   * recorded here: each attempt is recorded by {@link #startAttempt} right before its own carrier
   * call, so a crash after the claim leaves the unsent entries simply due again, not "uncertain".
   * Entries of messages that can no longer go (cancelled, or refused by {@link SendTimeCheck}: the
   * contact opted out or the recipient was removed meanwhile) are settled here. Entries whose
   * earlier call may have reached the carrier are locked for reconciliation without counting a new
   * attempt. The batch's messages, conversations and contacts are loaded with one query each,
   * whatever the batch size.
   */
  @Transactional
  public List<Dispatch> claim(Instant now, int limit, Duration lease) {
    List<OutboxEntry> due = outbox.lockDue(now, limit);
    if (due.isEmpty()) {
      return List.of();
    }
    Map<UUID, Message> byId = new HashMap<>();
    messages
        .findAll(due.stream().map(OutboxEntry::messageId).toList())
        .forEach(m -> byId.put(m.id(), m));
    Map<UUID, Conversation> conversationsById = new HashMap<>();
    conversations
        .findAll(byId.values().stream().map(Message::conversationId).distinct().toList())
        .forEach(c -> conversationsById.put(c.id(), c));
    Map<UUID, Contact> contactsById = new HashMap<>();
    contacts
        .findAllWithDetails(
            conversationsById.values().stream().map(Conversation::contactId).distinct().toList())
        .forEach(c -> contactsById.put(c.id(), c));

    List<Dispatch> claimed = new ArrayList<>();
    for (OutboxEntry entry : due) {
      Message message = byId.get(entry.messageId());
      if (message == null || message.status().map(MessageStatus::isFinal).orElse(false)) {
        outbox.remove(entry);
        continue;
      }
      Optional<Instant> uncertain =
          entry.leaseExpired(now) ? entry.attemptedAt() : Optional.empty();
      if (uncertain.isPresent()) {
        entry.startReconciliation(now, lease);
        claimed.add(dispatch(message, uncertain, Optional.empty()));
        continue;
      }
      Contact contact =
          contactsById.get(conversationsById.get(message.conversationId()).contactId());
      Optional<SendTimeCheck.Refusal> refusal = SendTimeCheck.refusal(message, contact);
      if (refusal.isPresent()) {
        message.carrierReport(null, refusal.get().code(), refusal.get().reason());
        message.advance(MessageStatus.FAILED, now);
        outbox.remove(entry);
        events.messageStatus(conversationsById.get(message.conversationId()), message.id());
        continue;
      }
      Optional<Instant> wait =
          pacer.acquire(message.channel(), message.fromAddress().orElse("default"), now);
      if (wait.isPresent()) {
        entry.postpone(wait.get());
        continue;
      }
      Instant claimedUntil = now.plus(claimHold(lease)).truncatedTo(ChronoUnit.MILLIS);
      entry.claim(claimedUntil);
      claimed.add(dispatch(message, Optional.empty(), Optional.of(claimedUntil)));
    }
    return claimed;
  }

  /**
   * How long a claim keeps an entry from other dispatchers before its attempt is recorded: the
   * lease, at most 30 seconds — what a crashed dispatcher's unsent entries wait at most.
   */
  static Duration claimHold(Duration lease) {
    return lease.compareTo(MAX_CLAIM_HOLD) < 0 ? lease : MAX_CLAIM_HOLD;
  }

  /**
   * Records the attempt of a claimed entry right before its carrier call (the call may then be cut
   * short by a crash: the entry is reconciled, not blindly repeated).
   *
   * @return false when the claim was lost (cancelled meanwhile, or taken over by another dispatcher
   *     after it ran out): do not call the carrier
   */
  @Transactional
  public boolean startAttempt(Dispatch dispatch, Instant now, Duration lease) {
    return outbox.startClaimedAttempt(
        dispatch.messageId(), dispatch.claimedUntil().orElseThrow(), now, lease);
  }

  private Dispatch dispatch(
      Message message, Optional<Instant> uncertainSince, Optional<Instant> claimedUntil) {
    return message.channel() == Channel.EMAIL
        ? new Dispatch(
            message.id(),
            Optional.empty(),
            Optional.of(email(message)),
            uncertainSince,
            claimedUntil)
        : new Dispatch(
            message.id(),
            Optional.of(text(message)),
            Optional.empty(),
            uncertainSince,
            claimedUntil);
  }

  /**
   * Records a new attempt before sending again a message whose earlier call did not reach the
   * carrier (as reconciliation found), so that a crash during this call is reconciled in turn.
   *
   * @return false when the entry is gone (the message was settled meanwhile): do not send
   */
  @Transactional
  public boolean restartAttempt(UUID messageId, Instant now, Duration lease) {
    Optional<OutboxEntry> entry = outbox.find(messageId);
    entry.ifPresent(e -> e.startAttempt(now, lease));
    return entry.isPresent();
  }

  /**
   * The call failed after the request may have reached the carrier: keep the attempt open and ask
   * the carrier from {@code reconcileAt} on, instead of sending again.
   */
  @Transactional
  public void outcomeUnknown(UUID messageId, String code, String reason, Instant reconcileAt) {
    outbox.find(messageId).ifPresent(e -> e.outcomeUnknown(reconcileAt, code + ": " + reason));
  }

  /**
   * Whether another message already carries this carrier id: reconciliation matched the twin of an
   * earlier message (same text, recipient and sender), not this one.
   */
  @Transactional
  public boolean carrierIdTakenByAnother(UUID messageId, String carrierMessageId) {
    return messages
        .findByCarrierId(carrierMessageId)
        .filter(other -> !other.id().equals(messageId))
        .isPresent();
  }

  /** The carrier took the message. */
  @Transactional
  public void accepted(UUID messageId, CarrierReceipt receipt, Instant now) {
    outbox.find(messageId).ifPresent(outbox::remove);
    Message message = messages.find(messageId).orElseThrow();
    boolean wasScheduled = message.status().filter(s -> s == MessageStatus.SCHEDULED).isPresent();
    message.carrierId(receipt.carrier(), receipt.carrierMessageId());
    message.carrierReport(receipt.rawStatus(), null, null);
    if (receipt.sandbox()) {
      message.markSandbox();
    }
    String before = message.body();
    receipt.composedText().ifPresent(message::composedText);
    boolean composed = !before.equals(message.body());
    message.advance(MessageStatus.SENT, now);
    // a scheduled message becomes the last message: locked, so that two nodes sending into one
    // conversation wait for each other instead of failing on its version (optimistic lock)
    Optional<Conversation> conversation =
        wasScheduled
            ? conversations.lock(message.conversationId())
            : conversations.find(message.conversationId(), Visibility.everything());
    conversation.ifPresent(c -> events.messageStatus(c, message.id()));
    if (composed && !wasScheduled) {
      // its text is the conversation's preview when it is the last message
      conversation.ifPresent(events::conversationUpdated);
    }
    if (wasScheduled) {
      conversation.ifPresent(
          c -> {
            c.recordMessage(message.id(), now, false, now);
            events.conversationUpdated(c);
          });
    }
    // reports the carrier sent while we waited for its answer, kept until now
    messages.flush();
    statuses.applyKept(receipt.carrier(), receipt.carrierMessageId());
  }

  /** A failure that may pass: try again later, or give up after the last attempt. */
  @Transactional
  public void transientFailure(UUID messageId, String code, String reason, Instant now) {
    Optional<OutboxEntry> entry = outbox.find(messageId);
    if (entry.isEmpty()) {
      return;
    }
    if (entry.get().attempts() >= RetryBackoff.MAX_ATTEMPTS) {
      permanentFailure(
          messageId,
          code,
          "Gave up after " + entry.get().attempts() + " attempts: " + reason,
          false,
          now);
      return;
    }
    entry.get().retryAt(now.plus(RetryBackoff.after(entry.get().attempts())), code + ": " + reason);
  }

  /** The carrier refused the message for good. */
  @Transactional
  public void permanentFailure(
      UUID messageId, String code, String reason, boolean consentWithdrawn, Instant now) {
    outbox.find(messageId).ifPresent(outbox::remove);
    Message message = messages.find(messageId).orElseThrow();
    message.carrierReport(null, code, reason);
    message.advance(MessageStatus.FAILED, now);
    Optional<Conversation> conversation =
        conversations.find(message.conversationId(), Visibility.everything());
    conversation.ifPresent(c -> events.messageStatus(c, message.id()));
    if (consentWithdrawn && conversation.isPresent()) {
      contacts
          .find(conversation.get().contactId())
          .ifPresent(
              contact -> {
                contact.setDnd(message.channel(), true, now);
                events.contactUpdated(contact);
              });
      events.conversationUpdated(conversation.get());
    }
  }

  /** An interrupted call the carrier cannot confirm: wait for its events until {@code until}. */
  @Transactional
  public void awaitConfirmation(UUID messageId, Instant until) {
    outbox.find(messageId).ifPresent(e -> e.holdUntil(until));
  }

  private OutboundText text(Message message) {
    return new OutboundText(
        message.id(),
        message.channel(),
        message.fromAddress(),
        message.toAddress().orElseThrow(),
        message.body(),
        message.templateSid(),
        message.templateVariables().map(OutboxTransactions::variables).orElse(Map.of()));
  }

  private OutboundEmail email(Message message) {
    List<OutboundEmail.EmailAttachment> files = new ArrayList<>();
    for (MessageAttachment a : messages.attachmentsOf(List.of(message.id()))) {
      messages
          .content(a.id())
          .ifPresent(
              bytes ->
                  files.add(
                      new OutboundEmail.EmailAttachment(a.filename(), a.contentType(), bytes)));
    }
    return new OutboundEmail(
        message.id(),
        message.fromName().orElse(""),
        message.fromAddress().orElseThrow(),
        List.of(message.toAddress().orElseThrow()),
        split(message.cc()),
        split(message.bcc()),
        message.subject().orElse(""),
        message.body(),
        EmailHtml.plainText(message.body()),
        files,
        message.emailReferences());
  }

  private static List<String> split(Optional<String> csv) {
    return csv.map(s -> Arrays.stream(s.split(",")).filter(x -> !x.isBlank()).toList())
        .orElse(List.of());
  }

  private static Map<String, String> variables(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      Map<String, String> map = new LinkedHashMap<>();
      object.forEach(
          (k, v) -> map.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
      return map;
    }
  }
}
