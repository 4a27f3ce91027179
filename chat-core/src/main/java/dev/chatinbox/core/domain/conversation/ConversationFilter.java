package dev.chatinbox.core.domain.conversation;

import java.util.Locale;
import java.util.Optional;

/** The spec's {@code filter} values for the conversation list. */
public enum ConversationFilter {
  /** Every visible conversation. */
  ALL,
  /** Conversations with unread messages ({@code unreadCount > 0}). */
  UNREAD,
  /** Conversations with a message in the recent window (default 30 days, configurable). */
  RECENTS,
  /** Starred conversations. */
  STARRED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ConversationFilter> fromWireName(String value) {
    for (ConversationFilter f : values()) {
      if (f.wireName().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
