package dev.chatinbox.core.domain.webhook;

import java.util.List;

/**
 * The event types integrators receive (webhooks and {@code GET /events}). Each is derived from a
 * change-log entry; {@code ping} is sent only by an endpoint's test.
 */
public final class EventTypes {
  public static final String ALL = "*";
  public static final String MESSAGE_RECEIVED = "message.received";
  public static final String MESSAGE_SENT = "message.sent";
  public static final String MESSAGE_STATUS_CHANGED = "message.status_changed";
  public static final String CONVERSATION_UPDATED = "conversation.updated";
  public static final String CONVERSATION_DELETED = "conversation.deleted";
  public static final String CONVERSATION_ASSIGNED = "conversation.assigned";
  public static final String CONVERSATION_STATUS_CHANGED = "conversation.status_changed";
  public static final String NOTE_CREATED = "note.created";
  public static final String PING = "ping";

  /** Every type an endpoint may subscribe to, in documentation order. */
  public static final List<String> SUBSCRIBABLE =
      List.of(
          MESSAGE_RECEIVED,
          MESSAGE_SENT,
          MESSAGE_STATUS_CHANGED,
          CONVERSATION_UPDATED,
          CONVERSATION_DELETED,
          CONVERSATION_ASSIGNED,
          CONVERSATION_STATUS_CHANGED,
          NOTE_CREATED);

  private EventTypes() {}
}
