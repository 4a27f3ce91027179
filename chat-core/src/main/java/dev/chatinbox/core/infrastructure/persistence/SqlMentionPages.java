package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.application.messaging.MessagePages;
import dev.chatinbox.core.application.note.MentionPages;
import dev.chatinbox.core.application.view.MentionView;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.note.Mention;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MentionPages} by JDBC ({@link SqlReads}): the page of mentions (one row beyond the page,
 * conversations' visibility in the same statement; index ix_mentions_user, or ix_mentions_unread
 * for the unread ones on PostgreSQL), then their notes by id in one more — rows read into views.
 */
@ApplicationScoped
public class SqlMentionPages implements MentionPages {
  private SqlReads sql;
  private PageTotals totals;
  private MessagePages messages;

  protected SqlMentionPages() {}

  @Inject
  public SqlMentionPages(SqlReads sql, PageTotals totals, MessagePages messages) {
    this.sql = sql;
    this.totals = totals;
    this.messages = messages;
  }

  /** A mention row with when it was read. */
  private record Row(Mention mention, Optional<Instant> readAt) {}

  @Override
  public Page<MentionView> page(
      java.util.UUID userId, Visibility visibility, boolean unreadOnly, PageRequest page) {
    SqlWhere where = new SqlWhere().and("mn.user_id = ?", userId);
    if (unreadOnly) {
      where.and("mn.read_at IS NULL");
    }
    String from = " FROM mentions mn";
    if (visibility.restrictedTo().isPresent()) {
      from +=
          " JOIN conversations c ON c.id = mn.conversation_id JOIN contacts ct ON ct.id = c.contact_id";
      // the one rule: contact owned, followed or unowned, or assigned to the user or their team
      ContactConditions.visibleConversationRow(where, visibility);
    }
    Page<Row> rows =
        NativePages.page(
            sql,
            totals,
            new NativePages.ListQuery<>(
                NativePages.mapped(
                    sql,
                    r ->
                        new Row(
                            JpaMentionRepository.mention(r),
                            Optional.ofNullable(NativeValues.instant(r[6])))),
                "SELECT mn.id, mn.message_id, mn.conversation_id, mn.user_id, mn.mentioned_by,"
                    + " mn.created_at, mn.read_at",
                from,
                where,
                " ORDER BY mn.created_at DESC, mn.id DESC"),
            page);
    if (rows.items().isEmpty()) {
      return rows.withItems(List.of());
    }
    // a note's sender is a user: no contact name is shown on it
    Map<java.util.UUID, MessageView> notes =
        messages.views(rows.items().stream().map(r -> r.mention().messageId()).toList(), c -> "");
    List<MentionView> views = new ArrayList<>(rows.items().size());
    for (Row r : rows.items()) {
      MessageView note = notes.get(r.mention().messageId());
      if (note != null) {
        Mention m = r.mention();
        views.add(
            new MentionView(
                m.id(), m.conversationId(), m.mentionedBy(), m.createdAt(), r.readAt(), note));
      }
    }
    return rows.withItems(views);
  }
}
