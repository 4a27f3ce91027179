package dev.chatinbox.core.domain.conversation;

import dev.chatinbox.core.domain.shared.Channel;
import java.time.Instant;
import java.util.Optional;

/**
 * What the conversation list selects, independent of who asks (visibility is added by the
 * application layer).
 *
 * @param filter the spec's filter
 * @param channel only this channel, when present
 * @param search text matched against contact name, emails and phones, when present
 * @param sort order by last activity
 * @param recentSince lower bound of last activity for {@link ConversationFilter#RECENTS}
 * @param after continue after this position (keyset paging) instead of at the page's offset
 * @param workflow status, assignee and team filters (#18)
 */
public record ConversationCriteria(
    ConversationFilter filter,
    Optional<Channel> channel,
    Optional<String> search,
    ConversationSort sort,
    Instant recentSince,
    Optional<ConversationCursor> after,
    WorkflowFilter workflow) {
  /** Criteria without workflow filters. */
  public ConversationCriteria(
      ConversationFilter filter,
      Optional<Channel> channel,
      Optional<String> search,
      ConversationSort sort,
      Instant recentSince,
      Optional<ConversationCursor> after) {
    this(filter, channel, search, sort, recentSince, after, WorkflowFilter.none());
  }

  /** Criteria that start at the page's offset. */
  public ConversationCriteria(
      ConversationFilter filter,
      Optional<Channel> channel,
      Optional<String> search,
      ConversationSort sort,
      Instant recentSince) {
    this(filter, channel, search, sort, recentSince, Optional.empty());
  }

  /** Longest search text accepted. */
  public static final int MAX_SEARCH_LENGTH = 200;
}
