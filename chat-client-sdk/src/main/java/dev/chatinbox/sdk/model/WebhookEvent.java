package dev.chatinbox.sdk.model;

import java.time.Instant;
import java.util.Optional;

/**
 * An event for integrators, from a webhook or {@code GET /events}: its {@code data} is what the
 * WebSocket sends for the same change.
 *
 * @param id the event id (the {@code webhook-id}): the same on every retry and replay — dedupe on
 *     it
 * @param type one of the constants below
 * @param timestamp when the change happened
 * @param message the message, for {@code message.*} events
 * @param conversation the conversation, for {@code conversation.created} and {@code
 *     conversation.updated}
 * @param conversationId the conversation's id, for {@code conversation.deleted}
 * @param contact the contact as {@code GET /contacts/{id}} shows it, for {@code contact.created}
 *     and {@code contact.updated}
 * @param contactId the contact's id, for {@code contact.deleted}
 * @param json the body exactly as received
 */
public record WebhookEvent(
    String id,
    String type,
    Instant timestamp,
    Optional<Message> message,
    Optional<Conversation> conversation,
    Optional<String> conversationId,
    Optional<Contact> contact,
    Optional<String> contactId,
    String json) {
  public static final String MESSAGE_RECEIVED = "message.received";
  public static final String MESSAGE_SENT = "message.sent";
  public static final String MESSAGE_STATUS_CHANGED = "message.status_changed";
  public static final String CONVERSATION_CREATED = "conversation.created";
  public static final String CONVERSATION_UPDATED = "conversation.updated";
  public static final String CONVERSATION_DELETED = "conversation.deleted";
  public static final String CONTACT_CREATED = "contact.created";
  public static final String CONTACT_UPDATED = "contact.updated";
  public static final String CONTACT_DELETED = "contact.deleted";
  public static final String CONVERSATION_ASSIGNED = "conversation.assigned";
  public static final String CONVERSATION_STATUS_CHANGED = "conversation.status_changed";
  public static final String NOTE_CREATED = "note.created";
  public static final String PING = "ping";
}
