package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.WorkflowFilter;

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
    workflow(where, criteria.workflow());
  }

  /**
   * The workflow filters (#18): on PostgreSQL status walks {@code ix_conversations_status_sort}
   * (all but open), assignee {@code ix_conversations_assignee_sort}, team {@code
   * ix_conversations_team_sort} (V12_1).
   */
  static void workflow(SqlWhere where, WorkflowFilter workflow) {
    workflow.status().ifPresent(s -> where.and("c.status = ?", s.wireName()));
    workflow
        .assignee()
        .ifPresent(
            a ->
                a.ifPresentOrElse(
                    user -> where.and("c.assignee_id = ?", user),
                    () -> where.and("c.assignee_id IS NULL")));
    workflow.team().ifPresent(team -> where.and("c.team_id = ?", team));
  }
}
