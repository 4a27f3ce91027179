package dev.chatinbox.core.domain.webhook;

import java.util.List;

/**
 * The event types integrators receive (webhooks and {@code GET /events}). Each is derived from a
 * change-log entry (the mapping: {@code dev.chatinbox.api.events.ApiIntegratorEvents#type}); {@code
 * ping} is sent only by an endpoint's test. A new type: its constant, its place in {@link
 * #SUBSCRIBABLE}, its line in that mapping, and its entry under {@code webhooks} in the OpenAPI
 * document (OpenApiDocumentIT checks that every type has one).
 */
public final class EventTypes {
  public static final String ALL = "*";
  public static final String MESSAGE_RECEIVED = "message.received";
  public static final String MESSAGE_SENT = "message.sent";
  public static final String MESSAGE_STATUS_CHANGED = "message.status_changed";
  public static final String CONVERSATION_CREATED = "conversation.created";
  public static final String CONVERSATION_UPDATED = "conversation.updated";
  public static final String CONVERSATION_DELETED = "conversation.deleted";
  public static final String CONTACT_CREATED = "contact.created";
  public static final String CONTACT_UPDATED = "contact.updated";
  public static final String CONTACT_DELETED = "contact.deleted";
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
          CONVERSATION_CREATED,
          CONVERSATION_UPDATED,
          CONVERSATION_DELETED,
          CONTACT_CREATED,
          CONTACT_UPDATED,
          CONTACT_DELETED,
          CONVERSATION_ASSIGNED,
          CONVERSATION_STATUS_CHANGED,
          NOTE_CREATED);

  private EventTypes() {}
}
