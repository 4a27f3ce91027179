package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.view.MessageEventView;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** A message's carrier event history, for those who may see its conversation. */
@ApplicationScoped
public class MessageEventsService {
  private MessageRepository messages;
  private ConversationLookup conversations;

  protected MessageEventsService() {}

  @Inject
  public MessageEventsService(MessageRepository messages, ConversationLookup conversations) {
    this.messages = messages;
    this.conversations = conversations;
  }

  @Transactional
  public List<MessageEventView> events(Caller caller, UUID messageId) {
    Message message =
        messages.find(messageId).orElseThrow(() -> new ObjectNotFoundException("Message"));
    try {
      conversations.visible(caller, message.conversationId());
    } catch (ObjectNotFoundException e) {
      throw new ObjectNotFoundException("Message");
    }
    return messages.eventsOf(messageId).stream()
        .map(
            e ->
                new MessageEventView(
                    e.source(),
                    e.rawStatus(),
                    e.errorCode(),
                    e.receivedAt(),
                    e.occurredAt(),
                    e.mappedStatus()))
        .toList();
  }
}
