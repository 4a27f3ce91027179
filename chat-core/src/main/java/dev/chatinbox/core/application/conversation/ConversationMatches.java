package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.conversation.ConversationCards.ConversationCard;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.Visibility;
import java.time.Duration;
import java.util.List;

/**
 * The read model of conversation search (spec 4.1): the conversations whose contact or messages
 * match a text, best first. The port a search engine other than the database (OpenSearch,
 * Elasticsearch) would implement; README "Search" says when that would be needed.
 */
public interface ConversationMatches {
  /**
   * Conversations {@code visibility} lets a reader see, matching the criteria's filter and channel,
   * whose contact data or message text matches {@code criteria.search()}, best first, at most
   * {@code limit}.
   *
   * @param timeLimit how long the database may work on it
   * @throws dev.chatinbox.core.domain.shared.TemporarilyUnavailableException when it gave up after
   *     {@code timeLimit}
   */
  List<ConversationCard> matching(
      ConversationCriteria criteria, Visibility visibility, int limit, Duration timeLimit);
}
