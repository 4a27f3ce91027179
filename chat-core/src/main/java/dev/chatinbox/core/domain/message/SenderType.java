package dev.chatinbox.core.domain.message;

import java.util.Locale;

/** Who wrote a message. */
public enum SenderType {
  USER,
  CONTACT,
  SYSTEM;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
