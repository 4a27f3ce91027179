package dev.chatinbox.core.domain.action;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a manual action stands. {@code completed} and {@code failed} close it; {@code pending}
 * (re)opens it.
 */
public enum ManualActionStatus {
  PENDING,
  COMPLETED,
  FAILED;

  /** The lower-case name the API and the database use. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name, ignoring case and surrounding blanks. */
  public static Optional<ManualActionStatus> fromWireName(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.trim();
    for (ManualActionStatus s : values()) {
      if (s.wireName().equalsIgnoreCase(wanted)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether the action is finished, successfully or not. */
  public boolean isClosed() {
    return this != PENDING;
  }
}
