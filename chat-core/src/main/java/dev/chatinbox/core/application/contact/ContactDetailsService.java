package dev.chatinbox.core.application.contact;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.access.TeamMembers;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.conversation.ConversationService;
import dev.chatinbox.core.application.conversation.ConversationViewAssembler;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.view.ContactDetailsView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The contact of a conversation (spec 3.1–3.8). Who may read or change it follows the
 * conversation's visibility: a caller who cannot see the conversation gets the same 404.
 */
@ApplicationScoped
public class ContactDetailsService {
  private ConversationLookup conversations;
  private ConversationService reads;
  private ContactRepository contacts;
  private ConversationViewAssembler views;
  private TeamMembers team;
  private ConversationRepository allConversations;
  private InboxEvents events;
  private AddressOwnership addresses;
  private Clock clock;

  protected ContactDetailsService() {}

  @Inject
  public ContactDetailsService(
      ConversationLookup conversations,
      ConversationService reads,
      ContactRepository contacts,
      ConversationViewAssembler views,
      TeamMembers team,
      ConversationRepository allConversations,
      InboxEvents events,
      AddressOwnership addresses,
      Clock clock) {
    this.conversations = conversations;
    this.reads = reads;
    this.contacts = contacts;
    this.views = views;
    this.team = team;
    this.allConversations = allConversations;
    this.events = events;
    this.addresses = addresses;
    this.clock = clock;
  }

  /** The contact as the conversation's read model shows it (a read: no entity, no transaction). */
  public ContactDetailsView details(Caller caller, UUID conversationId) {
    return reads.get(caller, conversationId).contactDetails();
  }

  /** Applies a partial update; every field is checked before anything changes. */
  @Transactional
  public ContactDetailsView update(Caller caller, UUID conversationId, ContactChanges changes) {
    ContactEdit edit = ContactEdit.check(changes, team);
    return change(
        caller,
        conversationId,
        (contact, conversation) ->
            edit.applyTo(contact, Optional.of(conversation.channel()), addresses, clock.instant()));
  }

  @Transactional
  public ContactDetailsView addEmail(
      Caller caller, UUID conversationId, String rawEmail, boolean primary) {
    String email = ContactInputs.email("email", rawEmail);
    return change(
        caller,
        conversationId,
        (contact, c) -> {
          addresses.requireEmailFree(email, Optional.of(contact.id()));
          contact.addEmail(email, primary, clock.instant());
        });
  }

  @Transactional
  public ContactDetailsView addPhone(
      Caller caller, UUID conversationId, String rawPhone, boolean primary) {
    String phone = ContactInputs.phone("phone", rawPhone);
    return change(
        caller,
        conversationId,
        (contact, c) -> {
          addresses.requirePhoneFree(phone, Optional.of(contact.id()));
          contact.addPhone(phone, primary, clock.instant());
        });
  }

  /** Adds a tag; a tag the contact already has (ignoring case) changes nothing. */
  @Transactional
  public ContactDetailsView addTag(Caller caller, UUID conversationId, String rawTag) {
    String tag = ContactInputs.tag("tag", rawTag);
    return change(
        caller,
        conversationId,
        (contact, c) -> {
          if (contact.tags().size() >= ContactInputs.MAX_TAGS
              && contact.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
            throw new InvalidInputException(
                "tag", "a contact has at most " + ContactInputs.MAX_TAGS + " tags");
          }
          contact.tag(tag, clock.instant());
        });
  }

  /** Removes a tag (ignoring case); removing a tag the contact does not have changes nothing. */
  @Transactional
  public ContactDetailsView removeTag(Caller caller, UUID conversationId, String tag) {
    return change(caller, conversationId, (contact, c) -> contact.untag(tag, clock.instant()));
  }

  /** Adds a follower (an active user); following twice changes nothing. */
  @Transactional
  public ContactDetailsView addFollower(Caller caller, UUID conversationId, UUID userId) {
    team.requireActive("userId", List.of(userId));
    return change(caller, conversationId, (contact, c) -> contact.follow(userId, clock.instant()));
  }

  /** Removes a follower; removing one who does not follow changes nothing. */
  @Transactional
  public ContactDetailsView removeFollower(Caller caller, UUID conversationId, UUID userId) {
    return change(
        caller, conversationId, (contact, c) -> contact.unfollow(userId, clock.instant()));
  }

  private ContactDetailsView change(
      Caller caller, UUID conversationId, BiConsumer<Contact, Conversation> change) {
    Conversation conversation = visible(caller, conversationId);
    Contact contact =
        contacts.find(conversation.contactId()).orElseThrow(UnknownConversationException::new);
    change.accept(contact, conversation);
    events.contactUpdated(contact);
    // the contact shows on each of its conversations: each changed
    allConversations.ofContact(contact.id()).forEach(events::conversationUpdated);
    return views.assemble(List.of(conversation), caller).get(0).contactDetails();
  }

  private Conversation visible(Caller caller, UUID conversationId) {
    return conversations.visible(caller, conversationId);
  }
}
