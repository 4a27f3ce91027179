package dev.chatinbox.core.domain.change;

import java.util.Arrays;

/** What kind of change a log entry records; {@link #wireName()} is the real-time event type. */
public enum ChangeType {
  NEW_MESSAGE("new_message"),
  MESSAGE_STATUS("message_status"),
  CONVERSATION_UPDATE("conversation_update"),
  CONVERSATION_DELETED("conversation_deleted"),
  /** A user was mentioned in a note: delivered to that user only (its entry names a recipient). */
  MENTION("mention");

  private final String wireName;

  ChangeType(String wireName) {
    this.wireName = wireName;
  }

  /** The event type clients see ({@code decisions.md}, real-time). */
  public String wireName() {
    return wireName;
  }

  /** The type stored under {@code wireName}. */
  public static ChangeType ofWireName(String wireName) {
    return Arrays.stream(values())
        .filter(t -> t.wireName.equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown change type " + wireName));
  }
}
