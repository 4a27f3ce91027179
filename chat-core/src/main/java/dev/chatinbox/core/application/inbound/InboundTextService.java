package dev.chatinbox.core.application.inbound;

import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.domain.contact.ConsentKeyword;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.contact.PhoneNumbers;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.spi.carrier.InboundText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives an SMS or WhatsApp message from a contact (Twilio's incoming-message webhook): finds or
 * creates the contact and the conversation, stores the message with its media, counts it unread,
 * applies the opt-out and opt-in keywords, and records the change — all in one transaction. A
 * message Twilio delivers again (same {@code MessageSid}) changes nothing.
 */
@ApplicationScoped
public class InboundTextService {
  private static final Logger LOG = Logger.getLogger(InboundTextService.class.getName());

  private InboundConversations inbound;
  private MessageRepository messages;
  private ContactRepository contacts;
  private ConversationRepository conversations;
  private InboxEvents events;
  private Clock clock;

  protected InboundTextService() {}

  @Inject
  public InboundTextService(
      InboundConversations inbound,
      MessageRepository messages,
      ContactRepository contacts,
      ConversationRepository conversations,
      InboxEvents events,
      Clock clock) {
    this.inbound = inbound;
    this.messages = messages;
    this.contacts = contacts;
    this.conversations = conversations;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public InboundOutcome receive(InboundText text) {
    if (text.channel() == Channel.EMAIL) {
      throw new IllegalArgumentException("email is received by InboundEmailService");
    }
    Optional<Message> earlier = messages.findByCarrierId(text.carrierMessageId());
    if (earlier.isPresent()) {
      return InboundOutcome.duplicateOf(earlier.get().conversationId(), earlier.get().id());
    }
    // the carrier's signed word: a short code or sender id is stored as given, never refused
    String phone = PhoneNumbers.senderAddress(text.from());
    Instant now = clock.instant();
    Contact contact = inbound.contactByPhone(phone, text.profileName());
    Conversation conversation = inbound.conversationOf(contact, text.channel());

    Message message =
        Message.inbound(Ids.newId(), conversation.id(), text.channel(), text.body(), now);
    message.address(text.from(), text.to());
    message.carrierId(text.carrier(), text.carrierMessageId());
    messages.store(message);
    messages.flush();
    int n = 0;
    for (InboundText.Media media : text.media()) {
      n++;
      messages.store(
          new MessageAttachment(
              Ids.newId(),
              message.id(),
              "media-" + n + extension(media.contentType()),
              media.contentType() == null ? "application/octet-stream" : media.contentType(),
              0,
              media.url(),
              now));
    }
    // locked: two messages landing together must not fail on the conversation's version
    Conversation locked = conversations.lock(conversation.id()).orElse(conversation);
    locked.recordMessage(message.id(), now, true, now);
    inbound.reopen(locked, now);
    conversations.store(locked);
    applyConsent(text, contact, conversation, now);
    events.messageAdded(conversation, message.id());
    return InboundOutcome.stored(conversation.id(), message.id());
  }

  private void applyConsent(
      InboundText text, Contact contact, Conversation conversation, Instant now) {
    Optional<ConsentKeyword> keyword = ConsentKeyword.of(text.body());
    if (keyword.isEmpty()) {
      return;
    }
    boolean optOut = keyword.get() == ConsentKeyword.OPT_OUT;
    if (contact.dndOn(text.channel()) == optOut) {
      return;
    }
    contact.setDnd(text.channel(), optOut, now);
    contacts.store(contact);
    // no second conversation_update: messageAdded announced this conversation in this commit
    LOG.log(
        Level.INFO,
        "Contact {0} {1} {2} by keyword",
        new Object[] {contact.id(), optOut ? "opted out of" : "opted back in to", text.channel()});
  }

  private static String extension(String contentType) {
    if (contentType == null) {
      return "";
    }
    int slash = contentType.indexOf('/');
    String subtype = slash < 0 ? "" : contentType.substring(slash + 1).toLowerCase(Locale.ROOT);
    return switch (subtype) {
      case "jpeg", "jpg" -> ".jpg";
      case "png", "gif", "webp", "pdf", "mp4", "ogg", "mpeg" -> "." + subtype;
      default -> "";
    };
  }
}
