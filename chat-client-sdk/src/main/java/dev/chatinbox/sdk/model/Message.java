package dev.chatinbox.sdk.model;

import java.time.Instant;

/**
 * A message of a conversation (spec 2.1). {@code senderType} is {@code user}, {@code contact} or
 * {@code system}; {@code status} is {@code queued}, {@code scheduled}, {@code sent}, {@code
 * delivered}, {@code read} or {@code failed}; {@code scheduledAt} is set for scheduled messages;
 * {@code metadata} is what the carrier and the server recorded (never null).
 */
public record Message(
    String id,
    String conversationId,
    String sender,
    String senderType,
    String text,
    Channel channel,
    Instant timestamp,
    String status,
    Instant scheduledAt,
    MessageMetadata metadata) {

  public Message {
    metadata = metadata == null ? MessageMetadata.NONE : metadata;
  }
}
