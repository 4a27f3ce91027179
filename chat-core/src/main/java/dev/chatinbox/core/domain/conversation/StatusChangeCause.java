package dev.chatinbox.core.domain.conversation;

import java.util.Locale;

/** Why a conversation's status changed (stored with each {@link StatusChange}). */
public enum StatusChangeCause {
  /** A team member set it. */
  USER,
  /** A message from the contact reopened a resolved or snoozed conversation. */
  INBOUND,
  /** The snooze ended. */
  WAKE,
  /** The conversation was opened (its first status). */
  CREATED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
