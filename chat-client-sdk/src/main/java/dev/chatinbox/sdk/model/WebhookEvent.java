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
 * @param conversation the conversation, for {@code conversation.updated}
 * @param conversationId the conversation's id, for {@code conversation.deleted}
 * @param json the body exactly as received
 */
public record WebhookEvent(
    String id,
    String type,
    Instant timestamp,
    Optional<Message> message,
    Optional<Conversation> conversation,
    Optional<String> conversationId,
    String json) {
  public static final String MESSAGE_RECEIVED = "message.received";
  public static final String MESSAGE_SENT = "message.sent";
  public static final String MESSAGE_STATUS_CHANGED = "message.status_changed";
  public static final String CONVERSATION_UPDATED = "conversation.updated";
  public static final String CONVERSATION_DELETED = "conversation.deleted";
  public static final String NOTE_CREATED = "note.created";
  public static final String PING = "ping";
}
