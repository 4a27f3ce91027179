package dev.chatinbox.core.application.realtime;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationCards;
import dev.chatinbox.core.application.conversation.ConversationCards.ContactCard;
import dev.chatinbox.core.application.conversation.ConversationCards.ConversationCard;
import dev.chatinbox.core.application.conversation.ConversationViewAssembler;
import dev.chatinbox.core.application.messaging.MessagePages;
import dev.chatinbox.core.application.view.ContactView;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.application.view.FeedEvent;
import dev.chatinbox.core.application.view.MentionView;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.change.InboxChange;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.note.Mention;
import dev.chatinbox.core.domain.note.MentionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns change-log entries into what one reader may see: only conversations and contacts visible to
 * them (decided on the contact's current owner and followers, so it holds for deleted conversations
 * too), with each message, conversation and contact in its current state. A batch is read from the
 * read models ({@link ConversationCards}, {@link MessagePages}) in a fixed number of statements
 * whatever its size: the contacts (two), the conversations, their last messages, the changed
 * messages and their attachments.
 */
@ApplicationScoped
public class ChangeFeed {
  private ConversationCards cards;
  private MessagePages messages;
  private ConversationViewAssembler views;
  private AccessPolicy access;
  private MentionRepository mentions;

  protected ChangeFeed() {}

  @Inject
  public ChangeFeed(
      ConversationCards cards,
      MessagePages messages,
      ConversationViewAssembler views,
      AccessPolicy access,
      MentionRepository mentions) {
    this.cards = cards;
    this.messages = messages;
    this.views = views;
    this.access = access;
    this.mentions = mentions;
  }

  /**
   * The events of {@code changes} that {@code reader} may see, in log order — only the spec's
   * real-time types ({@link ChangeType#realtime()}): what the WebSocket and polling deliver.
   *
   * @param only when present, only these conversations
   */
  @Read
  public List<FeedEvent> visibleTo(
      Caller reader, List<LoggedChange> changes, Optional<Set<UUID>> only) {
    return events(
        reader,
        changes.stream()
            .filter(c -> c.change().type().realtime())
            .filter(
                c ->
                    only.map(ids -> ids.contains(c.change().conversationId().orElseThrow()))
                        .orElse(true))
            .toList());
  }

  /**
   * The events of {@code changes} that {@code reader} may see, in log order, of every type: what
   * integrators get (webhooks, {@code GET /events}). A contact's entry is visible when its contact
   * is; a deleted contact's deletion only to a reader who sees every contact.
   */
  @Read
  public List<FeedEvent> everyTypeVisibleTo(Caller reader, List<LoggedChange> changes) {
    return events(reader, changes);
  }

  private List<FeedEvent> events(Caller reader, List<LoggedChange> changes) {
    // an entry for one user (a mention) is for nobody else
    List<LoggedChange> wanted =
        changes.stream()
            .filter(c -> c.change().recipientId().map(reader.userId()::equals).orElse(true))
            .toList();
    if (wanted.isEmpty()) {
      return List.of();
    }
    Visibility visibility = access.inboxVisibility(reader);
    Map<UUID, ContactCard> contactsById =
        cards.contacts(distinct(wanted, c -> c.change().contactId()));
    // read for every wanted change: assignment makes a conversation visible too (#18)
    Map<UUID, ConversationCard> conversations =
        cards.conversations(
            wanted.stream()
                .map(c -> c.change().conversationId())
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()));
    Set<UUID>[] readerTeams = new Set[1]; // read once, only when a team decides
    Supplier<Set<UUID>> teams =
        () -> {
          if (readerTeams[0] == null) {
            readerTeams[0] = cards.teamsOf(reader.userId());
          }
          return readerTeams[0];
        };
    List<LoggedChange> visible =
        wanted.stream()
            .filter(
                c -> {
                  ContactCard contact = contactsById.get(c.change().contactId());
                  if (contact == null) {
                    // the contact is gone: its deletion only to a reader who sees every contact;
                    // its conversations' deletions to every reader (an id of something that no
                    // longer exists: who could see it can no longer be told apart)
                    return c.change().type() == ChangeType.CONVERSATION_DELETED
                        || (c.change().type() == ChangeType.CONTACT_DELETED
                            && visibility.restrictedTo().isEmpty());
                  }
                  ConversationCard conversation =
                      c.change().conversationId().map(conversations::get).orElse(null);
                  return contact.visibleUnder(visibility)
                      || (conversation != null
                          && visibility.allowsAssigned(
                              conversation.assigneeId(), conversation.teamId(), teams));
                })
            .toList();
    if (visible.isEmpty()) {
      return List.of();
    }
    Map<UUID, ConversationView> conversationViews =
        views.views(List.copyOf(conversations.values()), contactsById, reader).stream()
            .collect(Collectors.toMap(ConversationView::id, Function.identity()));
    Map<UUID, MessageView> messageViews =
        messages.views(
            visible.stream()
                .map(c -> c.change().messageId())
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()),
            conversationId ->
                Optional.ofNullable(conversations.get(conversationId))
                    .map(c -> contactsById.get(c.contactId()))
                    .map(ContactCard::fullName)
                    .orElse(""));
    Map<UUID, Mention> mentionOfNote = mentionsOf(reader, visible);
    List<FeedEvent> events = new ArrayList<>(visible.size());
    for (LoggedChange logged : visible) {
      InboxChange change = logged.change();
      ChangeType type = change.type();
      Optional<MessageView> message = change.messageId().map(messageViews::get);
      Optional<ConversationView> conversation = change.conversationId().map(conversationViews::get);
      Optional<ContactView> contact =
          type == ChangeType.CONTACT_CREATED || type == ChangeType.CONTACT_UPDATED
              ? Optional.ofNullable(contactsById.get(change.contactId()))
                  .map(ContactCard::directoryView)
              : Optional.empty();
      boolean deletion =
          type == ChangeType.CONVERSATION_DELETED || type == ChangeType.CONTACT_DELETED;
      boolean gone =
          !deletion
              && (type.aboutContact()
                  ? contact.isEmpty()
                  : conversation.isEmpty()
                      || (change.messageId().isPresent() && message.isEmpty()));
      Optional<MentionView> mention =
          type == ChangeType.MENTION
              ? message.flatMap(
                  note ->
                      Optional.ofNullable(mentionOfNote.get(note.id()))
                          .map(
                              m ->
                                  new MentionView(
                                      m.id(),
                                      m.conversationId(),
                                      m.mentionedBy(),
                                      m.createdAt(),
                                      Optional.empty(),
                                      note)))
              : Optional.empty();
      if (gone || (type == ChangeType.MENTION && mention.isEmpty())) {
        continue; // deleted since: its own deletion event follows
      }
      events.add(
          new FeedEvent(
              logged.sequence(),
              type,
              change.conversationId(),
              change.contactId(),
              message,
              deletion ? Optional.empty() : conversation,
              contact,
              change.occurredAt(),
              mention));
    }
    return events;
  }

  /** The reader's mentions named by the mention entries among {@code changes}, by note. */
  private Map<UUID, Mention> mentionsOf(Caller reader, List<LoggedChange> changes) {
    Set<UUID> notes =
        changes.stream()
            .filter(c -> c.change().type() == ChangeType.MENTION)
            .map(c -> c.change().messageId())
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    if (notes.isEmpty()) {
      return Map.of();
    }
    return mentions.ofUserInNotes(reader.userId(), notes).stream()
        .collect(Collectors.toMap(Mention::messageId, Function.identity()));
  }

  private static Collection<UUID> distinct(
      List<LoggedChange> changes, Function<LoggedChange, UUID> id) {
    return changes.stream().map(id).collect(Collectors.toSet());
  }
}
