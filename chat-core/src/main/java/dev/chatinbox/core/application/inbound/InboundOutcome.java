package dev.chatinbox.core.application.inbound;

import java.util.Optional;
import java.util.UUID;

/**
 * What receiving an inbound message did.
 *
 * @param duplicate the carrier delivered this message before; nothing changed
 * @param conversationId the conversation it is in
 * @param messageId the stored message
 */
public record InboundOutcome(boolean duplicate, UUID conversationId, UUID messageId) {
  static InboundOutcome stored(UUID conversationId, UUID messageId) {
    return new InboundOutcome(false, conversationId, messageId);
  }

  static InboundOutcome duplicateOf(UUID conversationId, UUID messageId) {
    return new InboundOutcome(true, conversationId, messageId);
  }

  /** The conversation, unless nothing was stored. */
  public Optional<UUID> conversation() {
    return Optional.ofNullable(conversationId);
  }
}
