package dev.chatinbox.core.application.inbound;

import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.application.workflow.AutoAssignment;
import dev.chatinbox.core.application.workflow.ConversationWorkflow;
import dev.chatinbox.core.domain.contact.Contact;
import dev.chatinbox.core.domain.contact.ContactRepository;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Where an inbound message goes: the contact who has the sender's address (created when nobody has
 * it, named after the sender) and that contact's conversation on the channel (created when there is
 * none). Runs inside the receiving transaction; new rows are written before the message that refers
 * to them.
 */
@ApplicationScoped
public class InboundConversations {
  private ContactRepository contacts;
  private ConversationRepository conversations;
  private MessageRepository messages;
  private ConversationWorkflow workflow;
  private AutoAssignment autoAssignment;
  private InboxEvents events;
  private Clock clock;

  protected InboundConversations() {}

  @Inject
  public InboundConversations(
      ContactRepository contacts,
      ConversationRepository conversations,
      MessageRepository messages,
      ConversationWorkflow workflow,
      AutoAssignment autoAssignment,
      InboxEvents events,
      Clock clock) {
    this.contacts = contacts;
    this.conversations = conversations;
    this.messages = messages;
    this.workflow = workflow;
    this.autoAssignment = autoAssignment;
    this.events = events;
    this.clock = clock;
  }

  /** The contact with this E.164 phone, created (named {@code name} or the number) if none. */
  public Contact contactByPhone(String e164, Optional<String> name) {
    contacts.lockAddress(e164);
    return contacts
        .findByPhone(e164)
        .orElseGet(
            () -> {
              Instant now = clock.instant();
              Contact created = new Contact(Ids.newId(), displayName(name, e164), now);
              created.addPhone(e164, true, now);
              contacts.store(created);
              return created;
            });
  }

  /** The contact with this (normalised) email, created (named {@code name} or the address). */
  public Contact contactByEmail(String email, Optional<String> name) {
    contacts.lockAddress(email);
    return contacts
        .findByEmail(email)
        .orElseGet(
            () -> {
              Instant now = clock.instant();
              Contact created = new Contact(Ids.newId(), displayName(name, email), now);
              created.addEmail(email, true, now);
              contacts.store(created);
              return created;
            });
  }

  /**
   * The contact's conversation on {@code channel}, created if there is none yet — with its opening
   * status recorded, and handed to the team that takes the channel (and, when that team assigns
   * automatically, to an agent: {@link AutoAssignment}).
   */
  public Conversation conversationOf(Contact contact, Channel channel) {
    Optional<Conversation> existing = conversations.findByContactAndChannel(contact.id(), channel);
    if (existing.isPresent()) {
      return existing.get();
    }
    Instant now = clock.instant();
    Conversation created = new Conversation(Ids.newId(), contact.id(), channel, now);
    conversations.store(created);
    messages.flush(); // contact and conversation rows before the message that refers to them
    workflow.opened(created, Optional.empty(), now);
    autoAssignment
        .assignNew(created, now)
        .ifPresent(activity -> events.newMessage(created, activity));
    return created;
  }

  /**
   * A message from the contact reopens a resolved or snoozed conversation (the caller holds its row
   * lock); the activity entry that says so is announced with the message.
   */
  public void reopen(Conversation locked, Instant now) {
    workflow
        .reopenOnInbound(locked, now)
        .ifPresent(activity -> events.newMessage(locked, activity));
  }

  private static String displayName(Optional<String> name, String address) {
    String chosen = name.map(String::strip).filter(n -> !n.isEmpty()).orElse(address);
    return chosen.length() > Contact.MAX_NAME_LENGTH
        ? chosen.substring(0, Contact.MAX_NAME_LENGTH)
        : chosen;
  }
}
