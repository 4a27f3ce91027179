package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.AutomationView;
import dev.chatinbox.core.application.view.ContactDetailsView;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.application.view.EmailView;
import dev.chatinbox.core.application.view.LastMessageView;
import dev.chatinbox.core.application.view.PersonView;
import dev.chatinbox.core.application.view.PhoneView;
import dev.chatinbox.core.domain.contact.Automation;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a page of conversations into views with a constant number of queries, whatever the page
 * size: contacts with their collections, last messages, users and automations are each read once
 * for the whole page.
 */
@ApplicationScoped
public class ConversationViewAssembler {
  static final String YOU = "You";
  static final String SYSTEM = "System";

  /** Sender of a team message whose author no longer exists. */
  static final String FORMER_MEMBER = "Former team member";

  private ContactRepository contacts;
  private MessageRepository messages;
  private UserRepository users;

  protected ConversationViewAssembler() {}

  @Inject
  public ConversationViewAssembler(
      ContactRepository contacts, MessageRepository messages, UserRepository users) {
    this.contacts = contacts;
    this.messages = messages;
    this.users = users;
  }

  /** Views of {@code conversations}, in the same order, as {@code reader} sees them. */
  public List<ConversationView> assemble(List<Conversation> conversations, Caller reader) {
    if (conversations.isEmpty()) {
      return List.of();
    }
    Map<UUID, Contact> contactById =
        index(
            contacts.findAllWithDetails(ids(conversations, Conversation::contactId)), Contact::id);
    Map<UUID, Message> lastById =
        index(
            messages.findAll(
                conversations.stream()
                    .map(Conversation::lastMessageId)
                    .flatMap(Optional::stream)
                    .toList()),
            Message::id);

    Set<UUID> userIds = new HashSet<>();
    Set<UUID> automationIds = new HashSet<>();
    for (Contact contact : contactById.values()) {
      contact.ownerId().ifPresent(userIds::add);
      userIds.addAll(contact.followerIds());
      automationIds.addAll(contact.automationIds());
    }
    lastById.values().forEach(m -> m.senderId().ifPresent(userIds::add));
    Map<UUID, User> userById =
        userIds.isEmpty() ? Map.of() : index(users.findAll(userIds), User::id);
    Map<UUID, Automation> automationById =
        automationIds.isEmpty()
            ? Map.of()
            : index(contacts.findAutomations(automationIds), Automation::id);

    return conversations.stream()
        .map(
            c -> {
              Contact contact =
                  Objects.requireNonNull(contactById.get(c.contactId()), "contact of conversation");
              Optional<LastMessageView> last =
                  c.lastMessageId()
                      .map(lastById::get)
                      .map(m -> lastMessage(m, contact, reader, userById));
              return new ConversationView(
                  c.id(),
                  contact.id(),
                  contact.fullName(),
                  Optional.ofNullable(contact.username()),
                  Optional.ofNullable(contact.profileUrl()),
                  Optional.ofNullable(contact.title()),
                  c.channel(),
                  c.unreadCount(),
                  c.starred(),
                  last,
                  c.lastMessageAt(),
                  details(contact, c, userById, automationById));
            })
        .toList();
  }

  /** Contact details as seen from {@code conversation}. */
  ContactDetailsView details(
      Contact contact,
      Conversation conversation,
      Map<UUID, User> userById,
      Map<UUID, Automation> automationById) {
    List<PersonView> followers =
        contact.followerIds().stream()
            .map(userById::get)
            .filter(Objects::nonNull)
            .sorted(Comparator.comparing(User::name, String.CASE_INSENSITIVE_ORDER))
            .map(ConversationViewAssembler::person)
            .toList();
    List<AutomationView> automations =
        contact.automationIds().stream()
            .map(automationById::get)
            .filter(Objects::nonNull)
            .sorted(Comparator.comparing(Automation::name, String.CASE_INSENSITIVE_ORDER))
            .map(a -> new AutomationView(a.id(), a.name(), a.status()))
            .toList();
    return new ContactDetailsView(
        Optional.ofNullable(contact.primaryEmail()),
        contact.emails().stream().map(e -> new EmailView(e.id(), e.email(), e.primary())).toList(),
        Optional.ofNullable(contact.primaryPhone()),
        contact.phones().stream().map(p -> new PhoneView(p.id(), p.phone(), p.primary())).toList(),
        contact.ownerId().map(userById::get).map(ConversationViewAssembler::person),
        followers,
        contact.tags(),
        automations,
        contact.dndOn(conversation.channel()),
        contact.dndAll());
  }

  private static LastMessageView lastMessage(
      Message m, Contact contact, Caller reader, Map<UUID, User> userById) {
    String sender =
        switch (m.senderType()) {
          case CONTACT -> contact.fullName();
          case SYSTEM -> SYSTEM;
          case USER ->
              m.senderId().map(id -> teamSender(id, reader, userById)).orElse(FORMER_MEMBER);
        };
    return new LastMessageView(m.id(), m.body(), sender, m.occurredAt(), m.channel());
  }

  private static String teamSender(UUID senderId, Caller reader, Map<UUID, User> userById) {
    if (senderId.equals(reader.userId())) {
      return YOU;
    }
    User user = userById.get(senderId);
    return user == null ? FORMER_MEMBER : user.name();
  }

  public static PersonView person(User user) {
    return new PersonView(user.id(), user.name(), user.username(), user.avatarUrl());
  }

  private static <T> Set<UUID> ids(Collection<T> items, Function<T, UUID> id) {
    return items.stream().map(id).collect(Collectors.toSet());
  }

  private static <T> Map<UUID, T> index(Collection<T> items, Function<T, UUID> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
  }
}
