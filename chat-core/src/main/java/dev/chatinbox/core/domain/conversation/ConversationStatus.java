package dev.chatinbox.core.domain.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the team is with a conversation: {@code open} (to work on), {@code pending} (waiting for
 * the contact), {@code snoozed} (hidden until a time, then open again), {@code resolved} (done; a
 * new message from the contact reopens it).
 */
public enum ConversationStatus {
  OPEN,
  PENDING,
  SNOOZED,
  RESOLVED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status named {@code wireName} (case-sensitive, as on the wire), if any. */
  public static Optional<ConversationStatus> fromWireName(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(wireName)).findFirst();
  }
}
