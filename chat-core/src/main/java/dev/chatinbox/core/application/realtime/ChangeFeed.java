package dev.chatinbox.core.application.realtime;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationViewAssembler;
import dev.chatinbox.core.application.messaging.MessageViews;
import dev.chatinbox.core.application.view.AttachmentView;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.application.view.FeedEvent;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.change.InboxChange;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import dev.chatinbox.core.domain.message.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns change-log entries into what one reader may see: only conversations visible to them
 * (decided on the contact's current owner and followers, so it holds for deleted conversations
 * too), with each message and conversation in its current state. A batch costs a fixed number of
 * queries whatever its size.
 */
@ApplicationScoped
public class ChangeFeed {
  private ContactRepository contacts;
  private ConversationRepository conversations;
  private MessageRepository messages;
  private ConversationViewAssembler views;
  private AccessPolicy access;

  protected ChangeFeed() {}

  @Inject
  public ChangeFeed(
      ContactRepository contacts,
      ConversationRepository conversations,
      MessageRepository messages,
      ConversationViewAssembler views,
      AccessPolicy access) {
    this.contacts = contacts;
    this.conversations = conversations;
    this.messages = messages;
    this.views = views;
    this.access = access;
  }

  /**
   * The events of {@code changes} that {@code reader} may see, in log order.
   *
   * @param only when present, only these conversations
   */
  @Transactional
  public List<FeedEvent> visibleTo(
      Caller reader, List<LoggedChange> changes, Optional<Set<UUID>> only) {
    Visibility visibility = access.inboxVisibility(reader);
    List<LoggedChange> wanted =
        changes.stream()
            .filter(c -> only.map(ids -> ids.contains(c.change().conversationId())).orElse(true))
            .toList();
    if (wanted.isEmpty()) {
      return List.of();
    }
    Map<UUID, Contact> contactsById =
        byId(
            contacts.findAllWithDetails(distinct(wanted, c -> c.change().contactId())),
            Contact::id);
    List<LoggedChange> visible =
        wanted.stream()
            .filter(
                c -> {
                  Contact contact = contactsById.get(c.change().contactId());
                  return contact != null
                      && visibility.allows(contact.ownerId(), contact.followerIds());
                })
            .toList();
    if (visible.isEmpty()) {
      return List.of();
    }
    Map<UUID, ConversationView> conversationViews =
        byId(
            views.assemble(
                conversations.findAll(distinct(visible, c -> c.change().conversationId())), reader),
            ConversationView::id);
    Map<UUID, MessageView> messageViews =
        messageViews(
            visible.stream()
                .map(c -> c.change().messageId())
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()),
            contactsById);
    List<FeedEvent> events = new ArrayList<>(visible.size());
    for (LoggedChange logged : visible) {
      InboxChange change = logged.change();
      Optional<MessageView> message = change.messageId().map(messageViews::get);
      Optional<ConversationView> conversation =
          Optional.ofNullable(conversationViews.get(change.conversationId()));
      boolean gone =
          change.type() != ChangeType.CONVERSATION_DELETED
              && (conversation.isEmpty() || (change.messageId().isPresent() && message.isEmpty()));
      if (gone) {
        continue; // deleted since: its own deletion event follows
      }
      events.add(
          new FeedEvent(
              logged.sequence(),
              change.type(),
              change.conversationId(),
              message,
              change.type() == ChangeType.CONVERSATION_DELETED ? Optional.empty() : conversation,
              change.occurredAt()));
    }
    return events;
  }

  private Map<UUID, MessageView> messageViews(Set<UUID> ids, Map<UUID, Contact> contactsById) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Message> found = messages.findAll(ids);
    Map<UUID, List<AttachmentView>> attachments =
        messages.attachmentsOf(ids).stream()
            .collect(
                Collectors.groupingBy(
                    MessageAttachment::messageId,
                    Collectors.mapping(MessageViews::attachment, Collectors.toList())));
    Map<UUID, UUID> contactOfConversation =
        conversations.findAll(distinctIds(found, Message::conversationId)).stream()
            .collect(Collectors.toMap(Conversation::id, Conversation::contactId));
    return found.stream()
        .collect(
            Collectors.toMap(
                Message::id,
                m ->
                    MessageViews.of(
                        m,
                        Optional.ofNullable(contactOfConversation.get(m.conversationId()))
                            .map(contactsById::get)
                            .map(Contact::fullName)
                            .orElse(""),
                        attachments.getOrDefault(m.id(), List.of()))));
  }

  private static <T> Collection<UUID> distinct(
      List<LoggedChange> changes, Function<LoggedChange, UUID> id) {
    return changes.stream().map(id).collect(Collectors.toSet());
  }

  private static <T> Collection<UUID> distinctIds(List<T> items, Function<T, UUID> id) {
    return items.stream().map(id).collect(Collectors.toSet());
  }

  private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
  }
}
