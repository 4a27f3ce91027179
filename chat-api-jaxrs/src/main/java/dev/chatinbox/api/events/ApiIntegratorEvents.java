package dev.chatinbox.api.events;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.realtime.ChangeFeed;
import dev.chatinbox.core.application.view.FeedEvent;
import dev.chatinbox.core.application.webhook.IntegratorEvent;
import dev.chatinbox.core.application.webhook.IntegratorEvents;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.webhook.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Renders change-log entries for integrators through the change feed ({@link ChangeFeed}, every
 * type, not only the spec's real-time ones) as an administrator who is nobody in particular (no
 * message reads "You"), so that {@code data} is what an administrator's WebSocket receives for the
 * same entry ({@link EventData}). {@link #type} is the one mapping from a change-log type to an
 * integrator type ({@link EventTypes}): a new type is one line there and one in {@code EventTypes}
 * (the switch is exhaustive, so the compiler asks for it). A private note is {@code note.created};
 * a mention is for its user only and never sent.
 */
@ApplicationScoped
public class ApiIntegratorEvents implements IntegratorEvents {
  static final Caller INTEGRATOR = new Caller(new UUID(0, 0), Set.of(Role.ADMIN));
  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  private ChangeFeed feed;

  /** The webhook body. */
  public record Body(String type, String timestamp, Object data) {}

  protected ApiIntegratorEvents() {}

  @Inject
  public ApiIntegratorEvents(ChangeFeed feed) {
    this.feed = feed;
  }

  @Override
  public List<IntegratorEvent> render(List<LoggedChange> changes) {
    return feed.everyTypeVisibleTo(INTEGRATOR, changes).stream()
        .map(
            e -> {
              String type = type(e);
              return new IntegratorEvent(
                  e.sequence(),
                  type,
                  e.occurredAt(),
                  JSON.toJson(new Body(type, Timestamps.format(e.occurredAt()), EventData.of(e))));
            })
        .toList();
  }

  /** The integrator type of an entry. */
  static String type(FeedEvent event) {
    return switch (event.type()) {
      case NEW_MESSAGE ->
          event
              .message()
              .map(
                  m ->
                      switch (m.senderType()) {
                        case CONTACT -> EventTypes.MESSAGE_RECEIVED;
                        // a private note (#18): never a message to the contact
                        case NOTE -> EventTypes.NOTE_CREATED;
                        // an activity entry (#18): an assignment, or a status change
                        case ACTIVITY ->
                            m.activity().filter("assignment"::equals).isPresent()
                                ? EventTypes.CONVERSATION_ASSIGNED
                                : EventTypes.CONVERSATION_STATUS_CHANGED;
                        default -> EventTypes.MESSAGE_SENT;
                      })
              .orElse(EventTypes.MESSAGE_SENT);
      case MESSAGE_STATUS -> EventTypes.MESSAGE_STATUS_CHANGED;
      case CONVERSATION_CREATED -> EventTypes.CONVERSATION_CREATED;
      case CONVERSATION_UPDATE -> EventTypes.CONVERSATION_UPDATED;
      case CONVERSATION_DELETED -> EventTypes.CONVERSATION_DELETED;
      case CONTACT_CREATED -> EventTypes.CONTACT_CREATED;
      case CONTACT_UPDATED -> EventTypes.CONTACT_UPDATED;
      case CONTACT_DELETED -> EventTypes.CONTACT_DELETED;
      // an entry for one user: the feed never gives it to the integrator, who is nobody
      case MENTION -> throw new IllegalStateException("a mention is for its user only");
    };
  }
}
