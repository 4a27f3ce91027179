package dev.chatinbox.core.domain.message;

import java.util.Locale;

/** Who wrote a message. */
public enum SenderType {
  USER,
  CONTACT,
  SYSTEM,
  /** What the team did to the conversation (status, assignment): a timeline entry, no message. */
  ACTIVITY;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
