package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.message.ScheduledMessageCriteria;
import dev.chatinbox.core.domain.message.SenderType;
import dev.chatinbox.core.domain.outbox.OutboxRepository;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Scheduled sends (spec 9): listing them and cancelling one. Scheduling itself is a send with
 * {@code scheduledAt} ({@link SendMessageService}); the outbox sends it when due.
 *
 * <p>A scheduled message is visible exactly when its conversation is; an invisible one is the same
 * 404 as a missing one. Cancelling races the outbox dispatcher safely: the outbox entry is removed
 * only while no dispatcher has claimed it ({@link OutboxRepository#removeUnclaimed}), so a message
 * ends up either cancelled or sent, never both.
 */
@ApplicationScoped
public class ScheduledMessageService {
  /** Scheduled sends are team messages: no contact is ever shown as their sender. */
  private static final String NO_CONTACT_SENDER = "";

  private MessageRepository messages;
  private OutboxRepository outbox;
  private ConversationLookup conversations;
  private AccessPolicy access;
  private InboxEvents events;
  private Clock clock;

  protected ScheduledMessageService() {}

  @Inject
  public ScheduledMessageService(
      MessageRepository messages,
      OutboxRepository outbox,
      ConversationLookup conversations,
      AccessPolicy access,
      InboxEvents events,
      Clock clock) {
    this.messages = messages;
    this.outbox = outbox;
    this.conversations = conversations;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /**
   * One page of scheduled sends of the conversations {@code caller} may see, earliest first. A
   * conversation named in the criteria must be visible (404 otherwise).
   */
  @Transactional
  public Page<MessageView> list(
      Caller caller, ScheduledMessageCriteria criteria, PageRequest page) {
    criteria.conversationId().ifPresent(id -> conversations.visible(caller, id));
    Page<Message> found = messages.scheduled(criteria, access.inboxVisibility(caller), page);
    return found.withItems(MessageViews.of(found.items(), NO_CONTACT_SENDER, messages));
  }

  /**
   * Cancels a message still waiting for its time. A team message in any other state (queued, being
   * sent, sent, failed, cancelled) is a 409; a message from the contact or the system, like an
   * unknown or invisible id, is a 404.
   */
  @Transactional
  public MessageView cancel(Caller caller, UUID messageId) {
    access.requireInbox(caller);
    Message message =
        messages
            .find(messageId)
            .filter(m -> m.senderType() == SenderType.USER)
            .orElseThrow(ScheduledMessageService::notFound);
    Conversation conversation;
    try {
      conversation = conversations.visible(caller, message.conversationId());
    } catch (UnknownConversationException e) {
      throw notFound();
    }
    if (!message.awaitingSchedule()) {
      throw new ConflictException(
          "conflict",
          "This scheduled message is "
              + message.status().map(MessageStatus::wireName).orElse("no longer scheduled")
              + "; only a message still scheduled can be cancelled");
    }
    if (!outbox.removeUnclaimed(messageId)) {
      throw new ConflictException(
          "conflict", "This scheduled message is being sent; it can no longer be cancelled");
    }
    message.advance(MessageStatus.CANCELLED, clock.instant());
    events.messageStatus(conversation, message.id());
    return MessageViews.of(message, NO_CONTACT_SENDER, List.of());
  }

  private static ObjectNotFoundException notFound() {
    return new ObjectNotFoundException("Scheduled message");
  }
}
