package dev.chatinbox.core.domain.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether an agent takes new work: auto-assignment picks only online agents. */
public enum Availability {
  ONLINE,
  BUSY,
  OFFLINE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Availability> fromWireName(String wireName) {
    return Arrays.stream(values()).filter(a -> a.wireName().equals(wireName)).findFirst();
  }
}
