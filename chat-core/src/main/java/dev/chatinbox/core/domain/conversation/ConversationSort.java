package dev.chatinbox.core.domain.conversation;

import java.util.Locale;
import java.util.Optional;

/** Order of the conversation list by last activity. */
public enum ConversationSort {
  LATEST,
  OLDEST;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ConversationSort> fromWireName(String value) {
    for (ConversationSort s : values()) {
      if (s.wireName().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
