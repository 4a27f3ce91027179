package dev.chatinbox.sdk.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A real-time event: {@code new_message} and {@code message_status} carry the message, {@code
 * conversation_update} the conversation, {@code conversation_deleted} only its id. The objects are
 * as they were when the event was delivered.
 *
 * @param type {@code new_message}, {@code message_status}, {@code conversation_update} or {@code
 *     conversation_deleted}
 * @param id the event id; pass it as {@code since} to resume after it
 * @param occurredAt when the change happened
 * @param conversationId the conversation concerned
 * @param message the message, for message events
 * @param conversation the conversation, for updates
 * @param json the event's frame exactly as the server sent it (the API's shapes)
 */
public record ChatEvent(
    String type,
    String id,
    Instant occurredAt,
    String conversationId,
    Optional<Message> message,
    Optional<Conversation> conversation,
    String json) {}
