package dev.chatinbox.core.application;

import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.message.delivery.CarrierReceipt;
import dev.chatinbox.core.domain.message.delivery.OutboundEmail;
import dev.chatinbox.core.domain.message.delivery.OutboundText;
import dev.chatinbox.core.domain.message.delivery.OutboxEntry;
import dev.chatinbox.core.domain.message.delivery.OutboxRepository;
import dev.chatinbox.core.domain.shared.Channel;
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
import java.util.ArrayList;
import java.util.Arrays;
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
  /** Carrier errors that mean the recipient opted out of this channel: set do-not-disturb. */
  static final List<String> OPT_OUT_CODES = List.of("21610");

  private OutboxRepository outbox;
  private MessageRepository messages;
  private ConversationRepository conversations;
  private ContactRepository contacts;
  private SenderPacer pacer;
  private OutboundSettings settings;

  protected OutboxTransactions() {}

  @Inject
  public OutboxTransactions(
      OutboxRepository outbox,
      MessageRepository messages,
      ConversationRepository conversations,
      ContactRepository contacts,
      SenderPacer pacer,
      OutboundSettings settings) {
    this.outbox = outbox;
    this.messages = messages;
    this.conversations = conversations;
    this.contacts = contacts;
    this.pacer = pacer;
    this.settings = settings;
  }

  /**
   * Claims due entries and records the attempt on each before any carrier is called. Entries of
   * messages that can no longer go (cancelled, or refused by {@link SendTimeCheck}: the contact
   * opted out or the recipient was removed meanwhile) are settled here.
   */
  @Transactional
  public List<Dispatch> claim(Instant now, int limit, Duration lease) {
    List<Dispatch> claimed = new ArrayList<>();
    for (OutboxEntry entry : outbox.lockDue(now, limit)) {
      Optional<Message> found = messages.find(entry.messageId());
      if (found.isEmpty() || found.get().status().map(MessageStatus::isFinal).orElse(false)) {
        outbox.remove(entry);
        continue;
      }
      Message message = found.get();
      Optional<Instant> uncertain =
          entry.leaseExpired(now) ? entry.attemptedAt() : Optional.empty();
      Conversation conversation =
          conversations.find(message.conversationId(), Visibility.everything()).orElseThrow();
      Contact contact = contacts.find(conversation.contactId()).orElseThrow();
      Optional<SendTimeCheck.Refusal> refusal =
          uncertain.isEmpty() ? SendTimeCheck.refusal(message, contact) : Optional.empty();
      if (refusal.isPresent()) {
        message.carrierReport(null, null, refusal.get().code(), refusal.get().reason());
        message.advance(MessageStatus.FAILED, now);
        outbox.remove(entry);
        continue;
      }
      if (uncertain.isEmpty()) {
        Optional<Instant> wait =
            pacer.acquire(message.channel(), message.fromAddress().orElse("default"), now);
        if (wait.isPresent()) {
          entry.postpone(wait.get());
          continue;
        }
      }
      entry.startAttempt(now, lease);
      claimed.add(
          message.channel() == Channel.EMAIL
              ? new Dispatch(message.id(), Optional.empty(), Optional.of(email(message)), uncertain)
              : new Dispatch(
                  message.id(), Optional.of(text(message)), Optional.empty(), uncertain));
    }
    return claimed;
  }

  /** The carrier took the message. */
  @Transactional
  public void accepted(UUID messageId, CarrierReceipt receipt, Instant now) {
    outbox.find(messageId).ifPresent(outbox::remove);
    Message message = messages.find(messageId).orElseThrow();
    boolean wasScheduled = message.status().filter(s -> s == MessageStatus.SCHEDULED).isPresent();
    if (message.channel() == Channel.EMAIL) {
      message.carrierIds(null, receipt.carrierMessageId());
      message.carrierReport(null, receipt.rawStatus(), null, null);
    } else {
      message.carrierIds(receipt.carrierMessageId(), null);
      message.carrierReport(receipt.rawStatus(), null, null, null);
    }
    if (receipt.sandbox()) {
      message.markSandbox();
    }
    message.advance(MessageStatus.SENT, now);
    if (wasScheduled) {
      // locked: two nodes sending into one conversation must wait, not fail (optimistic lock)
      conversations
          .lock(message.conversationId())
          .ifPresent(c -> c.recordMessage(message.id(), now, false, now));
    }
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
          messageId, code, "Gave up after " + entry.get().attempts() + " attempts: " + reason, now);
      return;
    }
    entry.get().retryAt(now.plus(RetryBackoff.after(entry.get().attempts())), code + ": " + reason);
  }

  /** The carrier refused the message for good. */
  @Transactional
  public void permanentFailure(UUID messageId, String code, String reason, Instant now) {
    outbox.find(messageId).ifPresent(outbox::remove);
    Message message = messages.find(messageId).orElseThrow();
    message.carrierReport(null, null, code, reason);
    message.advance(MessageStatus.FAILED, now);
    if (OPT_OUT_CODES.contains(code)) {
      conversations
          .find(message.conversationId(), Visibility.everything())
          .flatMap(c -> contacts.find(c.contactId()))
          .ifPresent(contact -> contact.setDnd(message.channel(), true, now));
    }
  }

  /** An interrupted call the carrier cannot confirm: wait for its events until {@code until}. */
  @Transactional
  public void awaitConfirmation(UUID messageId, Instant until) {
    outbox.find(messageId).ifPresent(e -> e.holdUntil(until));
  }

  private OutboundText text(Message message) {
    String kind = message.channel() == Channel.WHATSAPP ? "whatsapp" : "sms";
    return new OutboundText(
        message.id(),
        message.channel(),
        message.fromAddress(),
        message.toAddress().orElseThrow(),
        message.body(),
        settings.publicBaseUrl().map(base -> base + "/api/v1/webhooks/twilio/" + kind + "/status"),
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
        files);
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
