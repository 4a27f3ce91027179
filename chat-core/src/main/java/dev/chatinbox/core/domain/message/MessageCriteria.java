package dev.chatinbox.core.domain.message;

import java.time.Instant;
import java.util.Optional;

/**
 * Which messages of a conversation to list: strictly before and/or strictly after instants. Pages
 * are ordered newest first.
 */
public record MessageCriteria(Optional<Instant> before, Optional<Instant> after) {
  public static MessageCriteria all() {
    return new MessageCriteria(Optional.empty(), Optional.empty());
  }
}
