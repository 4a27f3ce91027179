package dev.chatinbox.core.application.inbound;

import dev.chatinbox.core.application.messaging.EmailHtml;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.EmailAddresses;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.EmailThreading;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.spi.carrier.InboundEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Receives an email from a contact (SendGrid Inbound Parse). It joins the email conversation of the
 * message it answers ({@code In-Reply-To}/{@code References}, see {@link EmailThreading}), else the
 * email conversation of the contact who has the sender's address, else a new contact and
 * conversation. The HTML is sanitised before it is stored; the message is counted unread and the
 * change recorded, in one transaction. An email delivered again (same {@code Message-ID}) changes
 * nothing.
 */
@ApplicationScoped
public class InboundEmailService {
  private InboundConversations inbound;
  private MessageRepository messages;
  private ConversationRepository conversations;
  private InboxEvents events;
  private Clock clock;

  protected InboundEmailService() {}

  @Inject
  public InboundEmailService(
      InboundConversations inbound,
      MessageRepository messages,
      ConversationRepository conversations,
      InboxEvents events,
      Clock clock) {
    this.inbound = inbound;
    this.messages = messages;
    this.conversations = conversations;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public InboundOutcome receive(InboundEmail email) {
    Optional<String> messageId =
        email.messageId().map(EmailThreading::ids).flatMap(ids -> ids.stream().findFirst());
    if (messageId.isPresent()) {
      Optional<Message> earlier = messages.findByCarrierId(messageId.get());
      if (earlier.isPresent()) {
        return InboundOutcome.duplicateOf(earlier.get().conversationId(), earlier.get().id());
      }
    }
    String from =
        EmailAddresses.normalise(email.fromAddress())
            .orElseThrow(() -> new InvalidInputException("from", "not an email address"));
    Instant now = clock.instant();
    Conversation conversation =
        answered(email)
            .orElseGet(
                () -> {
                  Contact contact = inbound.contactByEmail(from, email.fromName());
                  return inbound.conversationOf(contact, Channel.EMAIL);
                });

    // cut before sanitising (the sanitiser's work grows with the text), noted on the message
    String part = !email.html().isBlank() ? email.html() : email.text();
    boolean tooLong = part.length() > Message.MAX_INBOUND_BODY;
    String html = EmailHtml.sanitise(tooLong ? part.substring(0, Message.MAX_INBOUND_BODY) : part);
    Message message = Message.inbound(Ids.newId(), conversation.id(), Channel.EMAIL, html, now);
    if (tooLong) {
      message.truncatedFrom(part.length());
    }
    message.subject(email.subject().strip());
    message.address(from, email.to());
    message.carrierId(email.carrier(), messageId.orElse(null));
    message.thread(chain(email.references()));
    messages.store(message);
    messages.flush();
    for (InboundEmail.Attachment file : email.attachments()) {
      MessageAttachment attachment =
          new MessageAttachment(
              Ids.newId(),
              message.id(),
              file.filename(),
              file.contentType(),
              file.content().length,
              null,
              now);
      messages.store(attachment);
      messages.flush();
      messages.storeContent(attachment.id(), file.content());
    }
    // locked: two messages landing together must not fail on the conversation's version
    Conversation locked = conversations.lock(conversation.id()).orElse(conversation);
    locked.recordMessage(message.id(), now, true, now);
    inbound.reopen(locked, now);
    conversations.store(locked);
    events.messageAdded(conversation, message.id());
    return InboundOutcome.stored(conversation.id(), message.id());
  }

  /**
   * The thread an email answers, oldest first: its references come nearest first (In-Reply-To, then
   * References from the end), so the distinct ids reversed.
   */
  private static List<String> chain(List<String> nearestFirst) {
    List<String> ids =
        new ArrayList<>(
            new LinkedHashSet<>(
                nearestFirst.stream().flatMap(r -> EmailThreading.ids(r).stream()).toList()));
    Collections.reverse(ids);
    return ids;
  }

  /** The email conversation of the nearest earlier message this email names, if any. */
  private Optional<Conversation> answered(InboundEmail email) {
    for (String reference : email.references()) {
      for (String id : EmailThreading.ids(reference)) {
        Optional<Message> earlier =
            EmailThreading.ourMessage(id)
                .flatMap(messages::find)
                .or(() -> messages.findByCarrierId(id));
        Optional<Conversation> conversation =
            earlier
                .filter(m -> m.channel() == Channel.EMAIL)
                .flatMap(m -> conversations.find(m.conversationId(), Visibility.everything()));
        if (conversation.isPresent()) {
          return conversation;
        }
      }
    }
    return Optional.empty();
  }
}
