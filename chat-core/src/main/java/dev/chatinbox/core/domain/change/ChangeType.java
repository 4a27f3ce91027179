package dev.chatinbox.core.domain.change;

import java.util.Arrays;

/**
 * What kind of change a log entry records; {@link #wireName()} is the stored name and, for the
 * types the spec lists ({@link #realtime()}), the real-time event type.
 */
public enum ChangeType {
  NEW_MESSAGE("new_message", true),
  MESSAGE_STATUS("message_status", true),
  CONVERSATION_UPDATE("conversation_update", true),
  CONVERSATION_DELETED("conversation_deleted", true),
  /** Logged beside the {@code conversation_update} spec clients see; integrators only. */
  CONVERSATION_CREATED("conversation_created", false),
  /** A contact's own entry (no conversation); integrators only. */
  CONTACT_CREATED("contact_created", false),
  /**
   * A contact's own entry, beside the {@code conversation_update} of each of its conversations that
   * spec clients see; integrators only.
   */
  CONTACT_UPDATED("contact_updated", false),
  /** A contact's own entry (no conversation); integrators only. */
  CONTACT_DELETED("contact_deleted", false),
  /**
   * A user was mentioned in a note: delivered over the WebSocket to that user only (its entry names
   * a recipient); never to integrators.
   */
  MENTION("mention", true);

  private final String wireName;
  private final boolean realtime;

  ChangeType(String wireName, boolean realtime) {
    this.wireName = wireName;
    this.realtime = realtime;
  }

  /**
   * The stored name, and the event type WebSocket clients see ({@code decisions.md}, real-time).
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Whether the WebSocket and polling deliver it: only the spec's event types do, so that spec
   * clients see no type they do not know. The others are for integrators (webhooks, {@code GET
   * /events}).
   */
  public boolean realtime() {
    return realtime;
  }

  /** Whether the entry is about a contact rather than a conversation (it has no conversation). */
  public boolean aboutContact() {
    return this == CONTACT_CREATED || this == CONTACT_UPDATED || this == CONTACT_DELETED;
  }

  /** The type stored under {@code wireName}. */
  public static ChangeType ofWireName(String wireName) {
    return Arrays.stream(values())
        .filter(t -> t.wireName.equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown change type " + wireName));
  }
}
