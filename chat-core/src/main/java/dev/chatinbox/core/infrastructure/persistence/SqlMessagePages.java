package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.application.messaging.MessagePages;
import dev.chatinbox.core.application.messaging.MessageViews;
import dev.chatinbox.core.application.view.AttachmentView;
import dev.chatinbox.core.application.view.MessageEventView;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.MessageCriteria;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.message.SenderType;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link MessagePages} by JDBC ({@link SqlReads}): the conversation's visibility and its contact's
 * name in one query, the page of messages (one row beyond the page) or the messages asked for by id
 * in one, their attachments in one — rows read straight into views.
 */
@ApplicationScoped
public class SqlMessagePages implements MessagePages {
  private static final String COLUMNS =
      "SELECT m.id, m.conversation_id, m.sender_type, m.sender_id, m.body, m.channel,"
          + " m.occurred_at, m.status, m.subject, m.scheduled_at, m.scheduled_lateness_ms,"
          + " m.carrier_message_id, m.carrier_status, m.error_code, m.error_message,"
          + " m.from_address, m.to_address, m.cc_addresses, m.bcc_addresses, m.template_sid,"
          + " m.template_variables, m.original_length, m.activity";

  private static final String ATTACHMENTS =
      "SELECT a.id, a.message_id, a.url, a.filename, a.content_type, a.size_bytes"
          + " FROM message_attachments a WHERE a.message_id IN (%s) ORDER BY a.filename";

  private SqlReads sql;
  private PageTotals totals;

  protected SqlMessagePages() {}

  @Inject
  public SqlMessagePages(SqlReads sql, PageTotals totals) {
    this.sql = sql;
    this.totals = totals;
  }

  @Override
  public Optional<String> visibleContactName(UUID conversationId, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("c.id = ?", conversationId);
    ContactConditions.visibleConversationRow(where, visibility);
    return sql
        .rows(
            "SELECT ct.full_name FROM conversations c JOIN contacts ct ON ct.id = c.contact_id"
                + where.render(),
            where.values())
        .stream()
        .findFirst()
        .map(r -> NativeValues.text(r[0]));
  }

  @Override
  public Optional<List<MessageEventView>> visibleEvents(UUID messageId, Visibility visibility) {
    // one statement: no row = no such message or not visible; one row without an event = none yet
    SqlWhere where = new SqlWhere().and("m.id = ?", messageId);
    ContactConditions.visibleConversationRow(where, visibility);
    List<Object[]> rows =
        sql.rows(
            "SELECT e.source, e.raw_status, e.error_code, e.received_at, e.occurred_at,"
                + " e.mapped_status FROM messages m"
                + " JOIN conversations c ON c.id = m.conversation_id"
                + " JOIN contacts ct ON ct.id = c.contact_id"
                + " LEFT JOIN message_events e ON e.message_id = m.id"
                + where.render()
                + " ORDER BY e.received_at, e.id",
            where.values());
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<MessageEventView> events = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      if (r[0] != null) {
        events.add(
            new MessageEventView(
                NativeValues.text(r[0]),
                NativeValues.text(r[1]),
                Optional.ofNullable(r[2]).map(NativeValues::text),
                NativeValues.instant(r[3]),
                Optional.ofNullable(r[4]).map(NativeValues::instant),
                Optional.ofNullable(r[5])
                    .map(NativeValues::text)
                    .flatMap(MessageStatus::fromWireName)));
      }
    }
    return Optional.of(events);
  }

  @Override
  public Page<MessageView> page(
      UUID conversationId, String contactName, MessageCriteria criteria, PageRequest page) {
    SqlWhere where = new SqlWhere().and("m.conversation_id = ?", conversationId);
    criteria.before().ifPresent(before -> where.and("m.occurred_at < ?", before));
    criteria.after().ifPresent(after -> where.and("m.occurred_at > ?", after));
    Page<Row> rows =
        NativePages.page(
            sql,
            totals,
            new NativePages.ListQuery<>(
                NativePages.mapped(sql, Row::of),
                COLUMNS,
                " FROM messages m",
                where,
                " ORDER BY m.occurred_at DESC, m.id DESC"),
            page);
    Map<UUID, List<AttachmentView>> attachments = attachments(rows.items());
    return rows.withItems(
        rows.items().stream()
            .map(r -> r.view(contactName, attachments.getOrDefault(r.id(), List.of())))
            .toList());
  }

  @Override
  public Map<UUID, MessageView> views(
      Collection<UUID> messageIds, Function<UUID, String> contactNameOfConversation) {
    if (messageIds.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = List.copyOf(Set.copyOf(messageIds));
    List<Row> rows =
        sql
            .rows(
                COLUMNS
                    + " FROM messages m WHERE m.id IN ("
                    + SqlReads.placeholders(ids.size())
                    + ")",
                ids)
            .stream()
            .map(Row::of)
            .toList();
    Map<UUID, List<AttachmentView>> attachments = attachments(rows);
    Map<UUID, MessageView> views = new HashMap<>();
    for (Row r : rows) {
      views.put(
          r.id(),
          r.view(
              contactNameOfConversation.apply(r.conversationId()),
              attachments.getOrDefault(r.id(), List.of())));
    }
    return views;
  }

  private Map<UUID, List<AttachmentView>> attachments(List<Row> messages) {
    if (messages.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = messages.stream().map(Row::id).toList();
    Map<UUID, List<AttachmentView>> byMessage = new HashMap<>();
    for (Object[] r :
        sql.rows(String.format(Locale.ROOT, ATTACHMENTS, SqlReads.placeholders(ids.size())), ids)) {
      UUID messageId = NativeValues.uuid(r[1]);
      byMessage
          .computeIfAbsent(messageId, k -> new ArrayList<>())
          .add(
              new AttachmentView(
                  NativeValues.uuid(r[0]),
                  messageId,
                  Optional.ofNullable(NativeValues.text(r[2])),
                  NativeValues.text(r[3]),
                  NativeValues.text(r[4]),
                  ((Number) r[5]).longValue()));
    }
    return byMessage;
  }

  /** A message row, before its attachments are known. */
  private record Row(UUID id, Object[] columns) {
    static Row of(Object[] r) {
      return new Row(NativeValues.uuid(r[0]), r);
    }

    UUID conversationId() {
      return NativeValues.uuid(columns[1]);
    }

    MessageView view(String contactName, List<AttachmentView> attachments) {
      Object[] r = columns;
      SenderType senderType = SenderType.valueOf(NativeValues.text(r[2]).toUpperCase(Locale.ROOT));
      return new MessageView(
          id,
          conversationId(),
          MessageViews.sender(
              senderType, Optional.ofNullable(NativeValues.uuid(r[3])), contactName),
          senderType,
          NativeValues.text(r[4]),
          NativeValues.channel(r[5]),
          NativeValues.instant(r[6]),
          text(r[7]).map(SqlMessagePages::status),
          text(r[8]),
          Optional.ofNullable(NativeValues.instant(r[9])),
          Optional.ofNullable(r[10]).map(ms -> Duration.ofMillis(((Number) ms).longValue())),
          text(r[11]),
          text(r[12]),
          text(r[13]),
          text(r[14]),
          attachments,
          text(r[15]),
          text(r[16]),
          MessageViews.addresses(text(r[17])),
          MessageViews.addresses(text(r[18])),
          text(r[19]),
          text(r[20]),
          Optional.ofNullable((Number) r[21]).map(Number::intValue),
          text(r[22]));
    }
  }

  private static Optional<String> text(Object value) {
    return Optional.ofNullable(NativeValues.text(value));
  }

  private static MessageStatus status(String wire) {
    return MessageStatus.fromWireName(wire)
        .orElseThrow(() -> new IllegalStateException("unknown message status " + wire));
  }
}
