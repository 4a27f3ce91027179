package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationCards.ContactCard;
import dev.chatinbox.core.application.conversation.ConversationCards.ConversationCard;
import dev.chatinbox.core.application.conversation.ConversationCards.MessageCard;
import dev.chatinbox.core.application.messaging.EmailHtml;
import dev.chatinbox.core.application.view.ContactDetailsView;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.application.view.LastMessageView;
import dev.chatinbox.core.application.view.PersonView;
import dev.chatinbox.core.application.view.TeamRefView;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a page of conversations into views with a constant number of queries, whatever the page
 * size: the read model ({@link ConversationCards}) reads the page's contacts with everything shown
 * of them, and its last messages with their senders, as rows shaped like the views — no managed
 * entities.
 */
@ApplicationScoped
public class ConversationViewAssembler {
  static final String YOU = "You";
  static final String SYSTEM = "System";

  /** Sender of a team message whose author no longer exists. */
  static final String FORMER_MEMBER = "Former team member";

  private ConversationCards cards;

  protected ConversationViewAssembler() {}

  @Inject
  public ConversationViewAssembler(ConversationCards cards) {
    this.cards = cards;
  }

  /** Views of {@code conversations}, in the same order, as {@code reader} sees them. */
  public List<ConversationView> assemble(List<Conversation> conversations, Caller reader) {
    return views(conversations.stream().map(ConversationCard::of).toList(), reader);
  }

  /** The view of one conversation as {@code reader} sees it. */
  public ConversationView view(ConversationCard conversation, Caller reader) {
    return views(List.of(conversation), reader).get(0);
  }

  /** Views of the conversations read as cards, in the same order, as {@code reader} sees them. */
  public List<ConversationView> views(List<ConversationCard> conversations, Caller reader) {
    if (conversations.isEmpty()) {
      return List.of();
    }
    return views(
        conversations,
        cards.contacts(conversations.stream().map(ConversationCard::contactId).toList()),
        reader);
  }

  /**
   * Views of the conversations read as cards, whose contacts the caller has already read ({@code
   * contactById} holds every one of them).
   */
  public List<ConversationView> views(
      List<ConversationCard> conversations, Map<UUID, ContactCard> contactById, Caller reader) {
    if (conversations.isEmpty()) {
      return List.of();
    }
    Map<UUID, MessageCard> lastById =
        cards.messages(
            conversations.stream()
                .map(ConversationCard::lastMessageId)
                .flatMap(Optional::stream)
                .toList());
    // cards a write path built from its entity lack names: read them (list reads have them)
    Map<UUID, PersonView> people =
        cards.people(
            conversations.stream()
                .filter(c -> c.assignee().isEmpty())
                .map(ConversationCard::assigneeId)
                .flatMap(Optional::stream)
                .toList());
    Map<UUID, TeamRefView> teams =
        cards.teams(
            conversations.stream()
                .filter(c -> c.team().isEmpty())
                .map(ConversationCard::teamId)
                .flatMap(Optional::stream)
                .toList());
    return conversations.stream()
        .map(
            c -> {
              ContactCard contact =
                  Objects.requireNonNull(contactById.get(c.contactId()), "contact of conversation");
              Optional<LastMessageView> last =
                  c.lastMessageId().map(lastById::get).map(m -> lastMessage(m, contact, reader));
              return new ConversationView(
                  c.id(),
                  contact.id(),
                  contact.fullName(),
                  contact.username(),
                  contact.profileUrl(),
                  contact.title(),
                  c.channel(),
                  c.unreadCount(),
                  c.starred(),
                  last,
                  c.lastMessageAt(),
                  details(contact, c),
                  c.status(),
                  c.snoozedUntil(),
                  c.assignee().or(() -> c.assigneeId().map(people::get)),
                  c.team().or(() -> c.teamId().map(teams::get)));
            })
        .toList();
  }

  /** Contact details as seen from {@code conversation}. */
  private static ContactDetailsView details(ContactCard contact, ConversationCard conversation) {
    return new ContactDetailsView(
        contact.fullName(),
        contact.title(),
        contact.primaryEmail(),
        contact.emails(),
        contact.primaryPhone(),
        contact.phones(),
        contact.owner(),
        contact.followers(),
        contact.tags(),
        contact.automations(),
        contact.dndChannels().contains(conversation.channel()),
        contact.dndAll());
  }

  private static LastMessageView lastMessage(MessageCard m, ContactCard contact, Caller reader) {
    String sender =
        switch (m.senderType()) {
          case CONTACT -> contact.fullName();
          case SYSTEM -> SYSTEM;
          // a note is never a last message (NoteService); named like a team member's if it were
          case USER, ACTIVITY, NOTE ->
              m.senderId()
                  .map(
                      id -> id.equals(reader.userId()) ? YOU : m.senderName().orElse(FORMER_MEMBER))
                  .orElse(FORMER_MEMBER);
        };
    // an email is stored as sanitised HTML; a preview is plain text
    String text = m.channel() == Channel.EMAIL ? EmailHtml.preview(m.body()) : m.body();
    return new LastMessageView(m.id(), text, sender, m.occurredAt(), m.channel());
  }

  public static PersonView person(User user) {
    return new PersonView(user.id(), user.name(), user.username(), user.avatarUrl());
  }
}
