package dev.chatinbox.core.application.note;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.messaging.MessageViews;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.note.Mention;
import dev.chatinbox.core.domain.note.MentionRepository;
import dev.chatinbox.core.domain.note.MentionedNames;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes private notes: a message of sender type {@code note} in the conversation's history, in one
 * short transaction with its mentions and its change-log entries. A note never reaches a carrier
 * (no outbox row), is not the conversation's last message and changes no unread count, so spec
 * clients' lists look as before; it shows in the history and the real-time stream.
 */
@ApplicationScoped
public class NoteService {
  private ConversationLookup conversations;
  private ConversationRepository conversationRows;
  private AccessPolicy access;
  private UserRepository users;
  private MessageRepository messages;
  private MentionRepository mentions;
  private InboxEvents events;
  private Clock clock;

  protected NoteService() {}

  @Inject
  public NoteService(
      ConversationLookup conversations,
      ConversationRepository conversationRows,
      AccessPolicy access,
      UserRepository users,
      MessageRepository messages,
      MentionRepository mentions,
      InboxEvents events,
      Clock clock) {
    this.conversations = conversations;
    this.conversationRows = conversationRows;
    this.access = access;
    this.users = users;
    this.messages = messages;
    this.mentions = mentions;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Writes a note into a conversation the caller may see (404 otherwise). Every {@code @username}
   * must name an active user who may see the conversation: an unknown name or a user who cannot see
   * it is a 400 naming them, and nothing is written. Mentioning oneself notifies nobody.
   */
  @Transactional
  public MessageView write(Caller caller, UUID conversationId, String body) {
    access.requireInbox(caller);
    Conversation conversation = conversations.visible(caller, conversationId);
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "is required");
    }
    if (body.length() > Message.MAX_NOTE_BODY) {
      throw new InvalidInputException(
          "body", "must be at most " + Message.MAX_NOTE_BODY + " characters");
    }
    List<User> mentioned = mentionedUsers(conversation, body);
    Instant now = clock.instant();
    Message note =
        Message.note(
            Ids.newId(now.toEpochMilli()),
            conversation.id(),
            conversation.channel(),
            caller.userId(),
            body,
            now);
    messages.store(note);
    messages.flush(); // the mentions refer to the note's row
    List<Mention> made = new ArrayList<>();
    for (User user : mentioned) {
      if (!user.id().equals(caller.userId())) {
        made.add(
            new Mention(
                Ids.newId(), note.id(), conversation.id(), user.id(), caller.userId(), now));
      }
    }
    mentions.storeAll(made);
    events.noteAdded(conversation, note.id(), made.stream().map(Mention::userId).toList());
    return MessageViews.of(note, "", List.of());
  }

  /** The users the note names, each checked: active, and able to see the conversation. */
  private List<User> mentionedUsers(Conversation conversation, String body) {
    Set<String> names = MentionedNames.in(body);
    if (names.isEmpty()) {
      return List.of();
    }
    if (names.size() > MentionedNames.MAX_MENTIONS) {
      throw new InvalidInputException(
          "body", "may mention at most " + MentionedNames.MAX_MENTIONS + " users");
    }
    List<User> found = users.findActiveByUsernames(names);
    Set<String> known =
        found.stream().map(u -> u.username().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          "body", "mentions no active user named " + at(unknown) + " (nothing was written)");
    }
    List<String> blind =
        found.stream().filter(u -> !maySee(u, conversation)).map(User::username).toList();
    if (!blind.isEmpty()) {
      throw new InvalidInputException(
          "body",
          "mentions " + at(blind) + ", who cannot see this conversation (nothing was written)");
    }
    return found;
  }

  /** The one authorisation rule, applied to the mentioned user as if they were reading. */
  private boolean maySee(User user, Conversation conversation) {
    Caller reader = new Caller(user.id(), user.roles());
    return reader.mayUseInbox()
        && conversationRows.find(conversation.id(), access.inboxVisibility(reader)).isPresent();
  }

  private static String at(List<String> names) {
    return names.stream().map(n -> "@" + n).collect(Collectors.joining(", "));
  }
}
