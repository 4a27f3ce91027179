package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.outbox.OutboxWakeUp;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.message.EmailThreading;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.outbox.OutboxEntry;
import dev.chatinbox.core.domain.outbox.OutboxRepository;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.spi.carrier.TextCarrier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Spec 2.2–2.5: checks a send, then stores the message ({@code queued}, or {@code scheduled}), its
 * outbox entry and the conversation's new last message in one transaction. Nothing reaches a
 * carrier here: the outbox dispatcher does that after the commit, so a failed request leaves
 * nothing half-written and a crash after the commit loses nothing.
 */
@ApplicationScoped
public class SendMessageService {
  private ConversationLookup conversations;
  private ContactRepository contacts;
  private MessageRepository messages;
  private OutboxRepository outbox;
  private OutboundSettings settings;
  private Event<OutboxWakeUp> wakeUp;
  private InboxEvents events;
  private TextCarrier texts;
  private Clock clock;

  protected SendMessageService() {}

  @Inject
  public SendMessageService(
      ConversationLookup conversations,
      ContactRepository contacts,
      MessageRepository messages,
      OutboxRepository outbox,
      OutboundSettings settings,
      Event<OutboxWakeUp> wakeUp,
      InboxEvents events,
      TextCarrier texts,
      Clock clock) {
    this.conversations = conversations;
    this.contacts = contacts;
    this.messages = messages;
    this.outbox = outbox;
    this.settings = settings;
    this.wakeUp = wakeUp;
    this.events = events;
    this.texts = texts;
    this.clock = clock;
  }

  /** Sends (or schedules) an SMS or WhatsApp message. */
  @Transactional
  public MessageView sendText(Caller caller, UUID conversationId, SendText send) {
    Conversation conversation = conversation(caller, conversationId, send.scheduledAt());
    Contact contact = contactOf(conversation);
    Instant now = clock.instant();
    requireChannel(conversation, send.channel());
    OutboundRules.notDisturbed(contact, conversation.channel());
    OutboundRules rules = new OutboundRules();
    String to = rules.textRecipient(contact, orPrimary(send.to(), contact.primaryPhone()));
    Optional<String> from = rules.textSender(send.from(), settings);
    rules.textBody(
        send.channel(),
        send.message(),
        send.contentSid(),
        send.contentVariables(),
        texts::templateIdProblem);
    rules.schedule(send.scheduledAt(), now, settings);
    check(rules);
    if (send.channel() == Channel.WHATSAPP
        && send.contentSid().isEmpty()
        && send.scheduledAt().isEmpty()) {
      requireWhatsAppWindow(conversation, now);
    }
    Message message =
        Message.outbound(
            Ids.newId(now.toEpochMilli()),
            conversation.id(),
            conversation.channel(),
            caller.userId(),
            send.message() == null ? "" : send.message(),
            now);
    message.address(from.orElse(null), to);
    send.contentSid()
        .ifPresent(sid -> message.template(sid, TemplateVariables.toJson(send.contentVariables())));
    return enqueue(conversation, contact, message, send.scheduledAt(), now);
  }

  /** Sends (or schedules) an email; HTML is sanitised and attachments stored. */
  @Transactional
  public MessageView sendEmail(Caller caller, UUID conversationId, SendEmail send) {
    Conversation conversation = conversation(caller, conversationId, send.scheduledAt());
    Contact contact = contactOf(conversation);
    Instant now = clock.instant();
    requireChannel(conversation, Channel.EMAIL);
    OutboundRules.notDisturbed(contact, Channel.EMAIL);
    OutboundRules rules = new OutboundRules();
    String to = rules.emailRecipient(contact, orPrimary(send.to(), contact.primaryEmail()));
    String from = rules.sender(send.fromEmail(), settings);
    rules.senderName(send.fromName());
    // a reply answers the contact's latest email: its thread, and its subject when none is given
    Optional<Message> answered =
        messages
            .lastInbound(conversation.id())
            .filter(m -> m.channel() == Channel.EMAIL && m.carrierMessageId().isPresent());
    String subject =
        send.subject() == null || send.subject().isBlank()
            ? answered.flatMap(Message::subject).map(EmailThreading::replySubject).orElse(null)
            : send.subject();
    rules.headerText("subject", subject, OutboundRules.SUBJECT_MAX);
    rules.required("body", send.body(), OutboundRules.EMAIL_BODY_MAX);
    List<String> cc = rules.copies("cc", send.cc());
    List<String> bcc = rules.copies("bcc", send.bcc());
    rules.recipientCount(1 + cc.size() + bcc.size());
    rules.attachments(send.attachments(), settings);
    rules.schedule(send.scheduledAt(), now, settings);
    check(rules);
    Message message =
        Message.outbound(
            Ids.newId(now.toEpochMilli()),
            conversation.id(),
            Channel.EMAIL,
            caller.userId(),
            EmailHtml.sanitise(send.body()),
            now);
    message.address(from, to);
    message.subject(subject.trim());
    answered.ifPresent(
        parent -> {
          List<String> thread = new ArrayList<>(parent.emailReferences());
          thread.remove(parent.carrierMessageId().orElseThrow());
          thread.add(parent.carrierMessageId().orElseThrow());
          message.thread(thread);
        });
    message.emailEnvelope(send.fromName().trim(), String.join(",", cc), String.join(",", bcc));
    MessageView view = enqueue(conversation, contact, message, send.scheduledAt(), now);
    List<MessageAttachment> stored = new ArrayList<>();
    for (SendEmail.Attachment a : send.attachments()) {
      MessageAttachment attachment =
          new MessageAttachment(
              Ids.newId(),
              message.id(),
              a.filename().trim(),
              a.contentType().trim(),
              a.content().length,
              null,
              now);
      messages.store(attachment);
      stored.add(attachment);
    }
    messages.flush();
    for (int i = 0; i < stored.size(); i++) {
      messages.storeContent(stored.get(i).id(), send.attachments().get(i).content());
    }
    return stored.isEmpty()
        ? view
        : MessageViews.of(message, contact.fullName(), MessageViews.attachments(stored));
  }

  private MessageView enqueue(
      Conversation conversation,
      Contact contact,
      Message message,
      Optional<Instant> scheduledAt,
      Instant now) {
    scheduledAt.ifPresent(message::scheduleFor);
    messages.store(message);
    messages.flush(); // the outbox row and the last-message link refer to the message row
    outbox.store(new OutboxEntry(message.id(), scheduledAt.orElse(now), now));
    if (scheduledAt.isEmpty()) {
      // locked since the send began (see conversation(…))
      conversation.recordMessage(message.id(), message.occurredAt(), false, now);
      events.messageAdded(conversation, message.id()); // now its last message
    } else {
      events.newMessage(conversation, message.id());
    }
    wakeUp.fire(new OutboxWakeUp());
    return MessageViews.of(message, contact.fullName(), List.of());
  }

  /**
   * The conversation to send into, if the caller may see it. A message sent now becomes its last
   * message, so its row is locked by the same statement, before the message is written: the
   * message's foreign key takes a key-share lock on the conversation row, and two sends into one
   * conversation that each held one while waiting for the other's FOR UPDATE deadlocked (bench
   * write floor, 4 clients). A scheduled message leaves the row alone until it is sent.
   */
  private Conversation conversation(
      Caller caller, UUID conversationId, Optional<Instant> scheduledAt) {
    return scheduledAt.isEmpty()
        ? conversations.lockedVisible(caller, conversationId)
        : conversations.visible(caller, conversationId);
  }

  private void requireWhatsAppWindow(Conversation conversation, Instant now) {
    Optional<Instant> lastInbound = messages.lastInboundAt(conversation.id());
    if (lastInbound.isEmpty()
        || lastInbound.get().isBefore(now.minus(OutboundRules.WHATSAPP_WINDOW))) {
      throw new ConflictException(
          "whatsapp-window",
          "WhatsApp allows free-form messages only within 24 hours of the contact's last message; send an approved template (contentSid)");
    }
  }

  /** An absent recipient means the contact's primary address. */
  private static String orPrimary(String to, String primary) {
    return to == null || to.isBlank() ? primary : to;
  }

  private static void requireChannel(Conversation conversation, Channel channel) {
    if (conversation.channel() != channel) {
      throw new InvalidInputException(
          List.of(
              new FieldViolation(
                  "channel",
                  "this conversation is on "
                      + conversation.channel().wireName()
                      + ", not "
                      + channel.wireName())));
    }
  }

  private Contact contactOf(Conversation conversation) {
    return contacts.find(conversation.contactId()).orElseThrow(UnknownConversationException::new);
  }

  private static void check(OutboundRules rules) {
    if (!rules.violations().isEmpty()) {
      throw new InvalidInputException(rules.violations());
    }
  }
}
