package dev.chatinbox.core.application.realtime;

import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.change.InboxChange;
import dev.chatinbox.core.domain.change.InboxChangeRepository;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.conversation.Conversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The core's event bus: records a change in the change log, in the caller's transaction, and
 * announces it to in-process observers (the real-time layer), which hear of it after commit.
 */
@ApplicationScoped
public class InboxEvents {
  private InboxChangeRepository log;
  private Event<InboxChanged> bus;
  private Clock clock;

  protected InboxEvents() {}

  @Inject
  public InboxEvents(InboxChangeRepository log, Event<InboxChanged> bus, Clock clock) {
    this.log = log;
    this.bus = bus;
    this.clock = clock;
  }

  /**
   * A message was added to a conversation without changing how the conversation is listed (a
   * scheduled message: it becomes the last message only when it is sent).
   */
  public void newMessage(Conversation conversation, UUID messageId) {
    record(ChangeType.NEW_MESSAGE, conversation, messageId);
  }

  /**
   * A message arrived or was sent and the conversation's list view changed with it (last message,
   * order, unread count): a {@code new_message} and a {@code conversation_update} (spec 5A), logged
   * with one statement. The write paths that call this announce nothing else about the conversation
   * in the same transaction, so each commit yields one update per conversation; its data is the
   * conversation as it is when the event is delivered.
   */
  public void messageAdded(Conversation conversation, UUID messageId) {
    List<InboxChange> changes =
        List.of(
            change(ChangeType.NEW_MESSAGE, conversation, messageId),
            change(ChangeType.CONVERSATION_UPDATE, conversation, null));
    log.appendAll(changes);
    // one wake-up for both: the real-time layer reads every committed entry from the log
    bus.fire(new InboxChanged(changes.get(0)));
  }

  /**
   * A private note was written: a {@code new_message} for everyone who may see the conversation
   * (the conversation's list view does not change: a note is not its last message, nor unread) and
   * a {@code mention} for each user it names, for that user only — logged with one statement.
   */
  public void noteAdded(Conversation conversation, UUID noteId, Collection<UUID> mentioned) {
    List<InboxChange> changes = new ArrayList<>(1 + mentioned.size());
    changes.add(change(ChangeType.NEW_MESSAGE, conversation, noteId));
    Instant now = clock.instant();
    for (UUID user : mentioned) {
      changes.add(
          new InboxChange(
              ChangeType.MENTION,
              conversation.id(),
              conversation.contactId(),
              Optional.of(noteId),
              now,
              Optional.of(user)));
    }
    log.appendAll(changes);
    bus.fire(new InboxChanged(changes.get(0)));
  }

  /** A message's delivery status moved. */
  public void messageStatus(Conversation conversation, UUID messageId) {
    record(ChangeType.MESSAGE_STATUS, conversation, messageId);
  }

  /**
   * The delivery statuses of several messages moved (a batch of carrier reports): logged with one
   * statement, announced with one wake-up.
   *
   * @param conversationOfMessage each message's conversation, in the order the changes happened
   */
  public void messageStatuses(Map<UUID, Conversation> conversationOfMessage) {
    if (conversationOfMessage.isEmpty()) {
      return;
    }
    List<InboxChange> changes = new ArrayList<>(conversationOfMessage.size());
    conversationOfMessage.forEach(
        (message, conversation) ->
            changes.add(change(ChangeType.MESSAGE_STATUS, conversation, message)));
    log.appendAll(changes);
    bus.fire(new InboxChanged(changes.get(0)));
  }

  /** A conversation (or its contact) changed. */
  public void conversationUpdated(Conversation conversation) {
    record(ChangeType.CONVERSATION_UPDATE, conversation, null);
  }

  /** A conversation was deleted. */
  public void conversationDeleted(Conversation conversation) {
    record(ChangeType.CONVERSATION_DELETED, conversation, null);
  }

  /**
   * A conversation was created (for integrators: {@code conversation.created}). Spec clients learn
   * of it from the {@code conversation_update} or {@code new_message} the same write announces.
   */
  public void conversationCreated(Conversation conversation) {
    record(ChangeType.CONVERSATION_CREATED, conversation, null);
  }

  /** A contact was created (for integrators: {@code contact.created}). */
  public void contactCreated(Contact contact) {
    recordContact(ChangeType.CONTACT_CREATED, contact.id());
  }

  /**
   * A contact's own data changed (for integrators: {@code contact.updated}); the caller announces
   * each of its conversations too when the change shows on them.
   */
  public void contactUpdated(Contact contact) {
    recordContact(ChangeType.CONTACT_UPDATED, contact.id());
  }

  /** A contact was deleted (for integrators: {@code contact.deleted}). */
  public void contactDeleted(UUID contactId) {
    recordContact(ChangeType.CONTACT_DELETED, contactId);
  }

  private void recordContact(ChangeType type, UUID contactId) {
    InboxChange change =
        new InboxChange(type, Optional.empty(), contactId, Optional.empty(), clock.instant());
    log.append(change);
    bus.fire(new InboxChanged(change));
  }

  private void record(ChangeType type, Conversation conversation, UUID messageId) {
    InboxChange change = change(type, conversation, messageId);
    log.append(change);
    bus.fire(new InboxChanged(change));
  }

  private InboxChange change(ChangeType type, Conversation conversation, UUID messageId) {
    return new InboxChange(
        type,
        Optional.of(conversation.id()),
        conversation.contactId(),
        Optional.ofNullable(messageId),
        clock.instant());
  }
}
