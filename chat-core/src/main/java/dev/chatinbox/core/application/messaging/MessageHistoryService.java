package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageCriteria;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** A conversation's message history (spec 2.1), newest first. */
@ApplicationScoped
public class MessageHistoryService {

  private ConversationLookup conversations;
  private ContactRepository contacts;
  private MessageRepository messages;

  protected MessageHistoryService() {}

  @Inject
  public MessageHistoryService(
      ConversationLookup conversations, ContactRepository contacts, MessageRepository messages) {
    this.conversations = conversations;
    this.contacts = contacts;
    this.messages = messages;
  }

  @Transactional
  public Page<MessageView> history(
      Caller caller, UUID conversationId, MessageCriteria criteria, PageRequest page) {
    Conversation conversation = conversations.visible(caller, conversationId);
    String contactName = contacts.find(conversation.contactId()).map(Contact::fullName).orElse("");
    Page<Message> found = messages.history(conversationId, criteria, page);
    List<MessageView> views = MessageViews.of(found.items(), contactName, messages);
    return found.withItems(views);
  }
}
