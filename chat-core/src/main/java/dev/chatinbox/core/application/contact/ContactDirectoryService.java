package dev.chatinbox.core.application.contact;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.access.TeamMembers;
import dev.chatinbox.core.application.conversation.ConversationViewAssembler;
import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.view.ContactView;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contact directory: creating contacts and finding the visible ones (what a UI needs before a
 * conversation exists). A phone or email belongs to one contact only.
 */
@ApplicationScoped
public class ContactDirectoryService {
  static final int MAX_TEXT = 200;
  static final int MAX_URL = 2048;

  private ContactRepository contacts;
  private UserRepository users;
  private AccessPolicy access;
  private TeamMembers team;
  private ConversationRepository conversations;
  private InboxEvents events;
  private AddressOwnership addresses;
  private Clock clock;

  protected ContactDirectoryService() {}

  @Inject
  public ContactDirectoryService(
      ContactRepository contacts,
      UserRepository users,
      AccessPolicy access,
      TeamMembers team,
      ConversationRepository conversations,
      InboxEvents events,
      AddressOwnership addresses,
      Clock clock) {
    this.contacts = contacts;
    this.users = users;
    this.access = access;
    this.team = team;
    this.conversations = conversations;
    this.events = events;
    this.addresses = addresses;
    this.clock = clock;
  }

  @Transactional
  public ContactView create(Caller caller, NewContact input) {
    access.requireInbox(caller);
    List<FieldViolation> violations = new ArrayList<>();
    String name =
        ContactInputs.collect(
            violations, () -> ContactInputs.fullName("fullName", input.fullName()));
    String email =
        input
            .email()
            .map(e -> ContactInputs.collect(violations, () -> ContactInputs.email("email", e)))
            .orElse(null);
    String phone =
        input
            .phone()
            .map(p -> ContactInputs.collect(violations, () -> ContactInputs.phone("phone", p)))
            .orElse(null);
    if (input.email().isEmpty() && input.phone().isEmpty()) {
      violations.add(new FieldViolation("phone", "a phone or an email is required"));
    }
    text(violations, "username", input.username(), 150);
    text(violations, "title", input.title(), MAX_TEXT);
    input
        .profile()
        .filter(p -> p.length() > MAX_URL || !(p.startsWith("https://") || p.startsWith("http://")))
        .ifPresent(
            p ->
                violations.add(
                    new FieldViolation(
                        "profile",
                        "must be an http(s) URL of at most " + MAX_URL + " characters")));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    input.ownerId().ifPresent(owner -> team.requireOwner("ownerId", owner));
    if (email != null) {
      addresses.requireEmailFree(email, Optional.empty());
    }
    if (phone != null) {
      addresses.requirePhoneFree(phone, Optional.empty());
    }
    Instant now = clock.instant();
    Contact contact = new Contact(Ids.newId(), name, now);
    contact.describe(
        input.username().orElse(null),
        input.title().orElse(null),
        input.profile().orElse(null),
        now);
    if (email != null) {
      contact.addEmail(email, true, now);
    }
    if (phone != null) {
      contact.addPhone(phone, true, now);
    }
    input.ownerId().ifPresent(owner -> contact.assignOwner(owner, now));
    contacts.store(contact);
    events.contactCreated(contact);
    return views(List.of(contact)).get(0);
  }

  /** One visible contact; one the caller may not see is the same 404 as one that does not exist. */
  @Transactional
  public ContactView find(Caller caller, UUID contactId) {
    return views(List.of(visible(caller, contactId))).get(0);
  }

  /**
   * Applies a partial update to a visible contact outside any conversation (no {@code dnd}: that
   * one needs a conversation's channel); every field is checked before anything changes, and every
   * conversation of the contact is announced as changed.
   */
  @Transactional
  public ContactView update(Caller caller, UUID contactId, ContactChanges changes) {
    ContactEdit edit = ContactEdit.check(changes, team);
    Contact contact = visible(caller, contactId);
    edit.applyTo(contact, Optional.empty(), addresses, clock.instant());
    events.contactUpdated(contact);
    conversations.ofContact(contact.id()).forEach(events::conversationUpdated);
    return views(List.of(contact)).get(0);
  }

  /**
   * Deletes a contact with its conversations and their messages. ADMIN only; an invisible id is 404
   * first. Each conversation's deletion is announced ({@code conversation_deleted}: clients drop
   * it; {@code conversation.deleted} for integrators), then the contact's ({@code
   * contact.deleted}), in the same transaction as the deletion.
   */
  @Transactional
  public void delete(Caller caller, UUID contactId) {
    Contact contact = visible(caller, contactId);
    access.requireAdmin(caller, "delete contacts");
    List<Conversation> gone = conversations.ofContact(contact.id());
    // the database deletes the conversations (ON DELETE CASCADE): removing them here as well
    // would make the unit of work delete rows the cascade already took
    contacts.delete(contact);
    gone.forEach(events::conversationDeleted);
    events.contactDeleted(contact.id());
  }

  private Contact visible(Caller caller, UUID contactId) {
    return contacts
        .find(contactId, access.inboxVisibility(caller))
        .orElseThrow(() -> new ObjectNotFoundException("Contact"));
  }

  /** Visible contacts matching the text (name, username, emails, phones), by name. */
  @Transactional
  public Page<ContactView> search(Caller caller, Optional<String> text, PageRequest page) {
    Page<Contact> found = contacts.search(text, access.inboxVisibility(caller), page);
    List<Contact> detailed =
        contacts.findAllWithDetails(found.items().stream().map(Contact::id).toList());
    Map<UUID, Contact> byId =
        detailed.stream().collect(Collectors.toMap(Contact::id, Function.identity()));
    return found.withItems(views(found.items().stream().map(c -> byId.get(c.id())).toList()));
  }

  private List<ContactView> views(List<Contact> list) {
    Set<UUID> ownerIds =
        list.stream().map(Contact::ownerId).flatMap(Optional::stream).collect(Collectors.toSet());
    Map<UUID, User> owners =
        ownerIds.isEmpty()
            ? Map.of()
            : users.findAll(ownerIds).stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
    return list.stream()
        .map(
            c ->
                new ContactView(
                    c.id(),
                    c.fullName(),
                    Optional.ofNullable(c.username()),
                    Optional.ofNullable(c.profileUrl()),
                    Optional.ofNullable(c.title()),
                    Optional.ofNullable(c.primaryEmail()),
                    Optional.ofNullable(c.primaryPhone()),
                    c.ownerId().map(owners::get).map(ConversationViewAssembler::person),
                    c.tags(),
                    c.dndChannels(),
                    c.dndAll(),
                    c.createdAt()))
        .toList();
  }

  private static void text(
      List<FieldViolation> violations, String field, Optional<String> value, int max) {
    value
        .filter(v -> v.isBlank() || v.length() > max)
        .ifPresent(
            v -> violations.add(new FieldViolation(field, "must be 1 to " + max + " characters")));
  }
}
