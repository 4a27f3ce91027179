package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.conversation.ConversationCriteria;

/**
 * SQL conditions on a conversation row aliased {@code c}, shared by the list ({@link
 * SqlConversationCards}) and the search ({@link JpaConversationRepository}): its channel and the
 * list filter (unread, starred, recent).
 */
final class ConversationConditions {
  private ConversationConditions() {}

  static void filters(SqlWhere where, ConversationCriteria criteria) {
    criteria.channel().ifPresent(ch -> where.and("c.channel = ?", ch.wireName()));
    switch (criteria.filter()) {
      case UNREAD -> where.and("c.unread_count > 0");
      case STARRED -> where.and("c.is_starred = TRUE");
      case RECENTS -> where.and("c.sort_at >= ?", criteria.recentSince());
      case ALL -> {}
    }
  }
}
