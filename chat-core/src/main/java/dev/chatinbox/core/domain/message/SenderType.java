package dev.chatinbox.core.domain.message;

import java.util.Locale;

/** Who wrote a message. */
public enum SenderType {
  USER,
  CONTACT,
  SYSTEM,
  /** What the team did to the conversation (status, assignment): a timeline entry, no message. */
  ACTIVITY,
  /** A team member's private note: shown to the team, never sent to the contact (issue #18). */
  NOTE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
