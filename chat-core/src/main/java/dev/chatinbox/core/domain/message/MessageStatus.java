package dev.chatinbox.core.domain.message;

import java.util.Locale;
import java.util.Optional;

/**
 * Delivery status. Status only moves forward: {@code queued < sent < delivered < read}; {@code
 * failed} and {@code cancelled} are final; {@code scheduled} precedes {@code queued}.
 */
public enum MessageStatus {
  SCHEDULED(0),
  QUEUED(1),
  SENT(2),
  DELIVERED(3),
  READ(4),
  FAILED(100),
  CANCELLED(100);

  private final int rank;

  MessageStatus(int rank) {
    this.rank = rank;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MessageStatus> fromWireName(String value) {
    for (MessageStatus s : values()) {
      if (s.wireName().equals(value)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether no later status may replace this one. */
  public boolean isFinal() {
    return this == FAILED || this == CANCELLED;
  }

  /**
   * Whether moving from this status to {@code next} goes forward (late callbacks never go back).
   */
  public boolean canMoveTo(MessageStatus next) {
    if (isFinal() || next == this) {
      return false;
    }
    if (this == READ) {
      return false;
    }
    return next.isFinal() || next.rank > rank;
  }
}
