package dev.chatinbox.core.application.realtime;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.application.view.FeedEvent;
import dev.chatinbox.core.application.view.InboxUpdatesView;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.change.InboxChangeRepository;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.conversation.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Polling (spec 5, option B) on the change log. With a {@code cursor} (the position the previous
 * answer returned) nothing is lost or repeated, however close together writes commit; with only
 * {@code lastUpdate} the spec's time-based form is served (changes that happened after it), and the
 * answer's cursor lets the client switch to the exact form. With neither, the answer is empty and
 * gives the current position.
 *
 * <p>{@code conversationIds} follows the rule of every id-based operation: an id that is not a
 * conversation the caller may see (unknown, invisible, or deleted since) is a 404, not an empty
 * answer.
 */
@ApplicationScoped
public class InboxUpdatesService {
  /** Changes read per poll; more are signalled by {@code hasMore}. */
  static final int MAX_CHANGES = 500;

  private InboxChangeRepository log;
  private ChangeFeed feed;
  private AccessPolicy access;
  private ConversationRepository conversations;
  private Clock clock;

  protected InboxUpdatesService() {}

  @Inject
  public InboxUpdatesService(
      InboxChangeRepository log,
      ChangeFeed feed,
      AccessPolicy access,
      ConversationRepository conversations,
      Clock clock) {
    this.log = log;
    this.feed = feed;
    this.access = access;
    this.conversations = conversations;
    this.clock = clock;
  }

  @Read
  public InboxUpdatesView updates(
      Caller caller,
      Optional<Long> cursor,
      Optional<Instant> lastUpdate,
      Optional<Set<UUID>> conversationIds) {
    access.requireInbox(caller);
    conversationIds.ifPresent(
        ids -> {
          Visibility visibility = access.inboxVisibility(caller);
          for (UUID id : ids) {
            conversations.find(id, visibility).orElseThrow(UnknownConversationException::new);
          }
        });
    Instant now = clock.instant();
    List<LoggedChange> changes;
    if (cursor.isPresent()) {
      changes = log.after(cursor.get(), MAX_CHANGES);
    } else if (lastUpdate.isPresent()) {
      changes = log.occurredAfter(lastUpdate.get(), MAX_CHANGES);
    } else {
      return new InboxUpdatesView(
          List.of(), List.of(), List.of(), List.of(), now, log.head(), false);
    }
    long position =
        changes.isEmpty()
            ? cursor.orElseGet(log::head)
            : changes.get(changes.size() - 1).sequence();
    Map<UUID, MessageView> added = new LinkedHashMap<>();
    Map<UUID, MessageView> moved = new LinkedHashMap<>();
    Map<UUID, ConversationView> updated = new LinkedHashMap<>();
    List<UUID> deleted = new ArrayList<>();
    for (FeedEvent event : feed.visibleTo(caller, changes, conversationIds)) {
      if (event.type() == ChangeType.MENTION) {
        continue; // a poll answers in the spec's shape; mentions are read with GET /mentions
      }
      if (event.type() == ChangeType.CONVERSATION_DELETED) {
        UUID gone = event.conversationId().orElseThrow();
        updated.remove(gone);
        added.values().removeIf(m -> m.conversationId().equals(gone));
        moved.values().removeIf(m -> m.conversationId().equals(gone));
        deleted.add(gone);
        continue;
      }
      event.conversation().ifPresent(c -> updated.put(c.id(), c));
      event
          .message()
          .ifPresent(
              m -> {
                if (event.type() == ChangeType.NEW_MESSAGE) {
                  added.put(m.id(), m);
                } else if (!added.containsKey(m.id())) {
                  moved.put(m.id(), m);
                }
              });
    }
    return new InboxUpdatesView(
        List.copyOf(added.values()),
        List.copyOf(moved.values()),
        List.copyOf(updated.values()),
        List.copyOf(deleted),
        now,
        position,
        changes.size() == MAX_CHANGES);
  }
}
