package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.application.report.ReportCriteria;
import dev.chatinbox.core.application.report.SummaryReports;
import dev.chatinbox.core.application.view.SummaryReportView;
import dev.chatinbox.core.application.view.SummaryReportView.ChannelFigures;
import dev.chatinbox.core.application.view.SummaryReportView.Figures;
import dev.chatinbox.core.application.view.SummaryReportView.Timing;
import dev.chatinbox.core.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SummaryReports} in one SQL statement over what is stored, on PostgreSQL and H2 alike
 * ({@code PERCENTILE_CONT … WITHIN GROUP}, window-free correlated minima over ix_messages_history
 * and ix_status_changes_conversation).
 *
 * <p>A conversation's life is cut into <em>openings</em>: its creation, and every change out of
 * {@code resolved} (a reopening, from {@code conversation_status_changes}). An opening ends at the
 * first resolution after it. Its first response is the team's first reply (a {@code user} message
 * that was not scheduled, cancelled or failed; never a note, an activity entry or a system message)
 * after the contact's first message that came after the previous resolution — so a reopened
 * conversation is timed again from the message that reopened it, and a reply to an earlier opening
 * never counts for a later one. Its resolution time runs from the opening to that resolution.
 */
@ApplicationScoped
public class SqlSummaryReports implements SummaryReports {
  private SqlReads sql;

  protected SqlSummaryReports() {}

  @Inject
  public SqlSummaryReports(SqlReads sql) {
    this.sql = sql;
  }

  @Override
  public SummaryReportView summary(ReportCriteria criteria) {
    List<Object> values = new ArrayList<>();
    values.add(criteria.from().atOffset(java.time.ZoneOffset.UTC));
    values.add(criteria.to().atOffset(java.time.ZoneOffset.UTC));
    StringBuilder filters = new StringBuilder();
    criteria
        .team()
        .ifPresent(
            team -> {
              values.add(team);
              filters.append(" AND c.team_id = ?").append(values.size());
            });
    criteria
        .assignee()
        .ifPresent(
            user -> {
              values.add(user);
              filters.append(" AND c.assignee_id = ?").append(values.size());
            });
    String statement = statement(filters.toString(), sql.dialect() == DatabaseDialect.POSTGRESQL);
    Map<Channel, Figures> byChannel = new EnumMap<>(Channel.class);
    Figures total = empty();
    for (Object[] r : sql.rows(statement, values)) {
      Figures figures =
          new Figures(
              count(r[1]),
              count(r[2]),
              new Timing(count(r[3]), millis(r[4]), millis(r[5])),
              new Timing(count(r[2]), millis(r[6]), millis(r[7])));
      if (r[0] == null) {
        total = figures;
      } else {
        byChannel.put(NativeValues.channel(r[0]), figures);
      }
    }
    List<ChannelFigures> channels = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      channels.add(new ChannelFigures(channel, byChannel.getOrDefault(channel, empty())));
    }
    return new SummaryReportView(total, channels);
  }

  /**
   * The statement: ?1 and ?2 the window, then the filters' values.
   *
   * @param postgres whether to measure intervals the PostgreSQL way (H2 has DATEDIFF instead)
   */
  static String statement(String filters, boolean postgres) {
    String firstResponse = millisBetween("inbound_at", "replied_at", postgres);
    String resolution = millisBetween("opened_at", "resolved_at", postgres);
    String inWindow = " >= ?1 AND %s < ?2";
    String figures =
        " SUM(CASE WHEN opened_at"
            + inWindow.formatted("opened_at")
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN resolved_at"
            + inWindow.formatted("resolved_at")
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN replied_at IS NOT NULL AND inbound_at"
            + inWindow.formatted("inbound_at")
            + " THEN 1 ELSE 0 END),"
            + percentiles(
                "CASE WHEN replied_at IS NOT NULL AND inbound_at"
                    + inWindow.formatted("inbound_at")
                    + " THEN "
                    + firstResponse
                    + " END")
            + ","
            + percentiles(
                "CASE WHEN resolved_at"
                    + inWindow.formatted("resolved_at")
                    + " THEN "
                    + resolution
                    + " END");
    return "WITH conv AS (SELECT c.id, c.channel, c.created_at FROM conversations c"
        + " WHERE c.created_at < ?2"
        + filters
        + "), changes AS (SELECT s.conversation_id, s.from_status, s.to_status, s.changed_at"
        + " FROM conversation_status_changes s JOIN conv ON conv.id = s.conversation_id"
        + " WHERE s.changed_at < ?2"
        + "), openings AS (SELECT conv.id AS conversation_id, conv.channel, conv.created_at AS"
        + " opened_at FROM conv"
        + " UNION ALL SELECT ch.conversation_id, conv.channel, ch.changed_at FROM changes ch"
        + " JOIN conv ON conv.id = ch.conversation_id"
        + " WHERE ch.from_status = 'resolved' AND ch.to_status <> 'resolved'"
        + "), episodes AS (SELECT o.conversation_id, o.channel, o.opened_at,"
        + " (SELECT MIN(r.changed_at) FROM changes r WHERE r.conversation_id = o.conversation_id"
        + " AND r.to_status = 'resolved' AND r.changed_at >= o.opened_at) AS resolved_at,"
        + " (SELECT MAX(r.changed_at) FROM changes r WHERE r.conversation_id = o.conversation_id"
        + " AND r.to_status = 'resolved' AND r.changed_at < o.opened_at) AS previous_resolution"
        + " FROM openings o"
        + "), inbound AS (SELECT e.conversation_id, e.channel, e.opened_at, e.resolved_at,"
        + " (SELECT MIN(m.occurred_at) FROM messages m WHERE m.conversation_id = e.conversation_id"
        + " AND m.sender_type = 'contact'"
        + " AND (e.previous_resolution IS NULL OR m.occurred_at > e.previous_resolution)"
        + " AND (e.resolved_at IS NULL OR m.occurred_at <= e.resolved_at)) AS inbound_at"
        + " FROM episodes e"
        + "), timed AS (SELECT i.channel, i.opened_at, i.resolved_at, i.inbound_at,"
        + " (SELECT MIN(m.occurred_at) FROM messages m WHERE m.conversation_id = i.conversation_id"
        + " AND m.sender_type = 'user'"
        + " AND (m.status IS NULL OR m.status NOT IN ('scheduled', 'cancelled', 'failed'))"
        + " AND m.occurred_at > i.inbound_at"
        + " AND (i.resolved_at IS NULL OR m.occurred_at <= i.resolved_at)) AS replied_at"
        + " FROM inbound i)"
        + " SELECT channel,"
        + figures
        + " FROM timed GROUP BY channel"
        + " UNION ALL SELECT NULL,"
        + figures
        + " FROM timed";
  }

  private static String percentiles(String value) {
    return " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY "
        + value
        + "), PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY "
        + value
        + ")";
  }

  private static String millisBetween(String start, String end, boolean postgres) {
    return postgres
        ? "EXTRACT(EPOCH FROM (" + end + " - " + start + ")) * 1000"
        : "DATEDIFF('MILLISECOND', " + start + ", " + end + ")";
  }

  private static Figures empty() {
    Timing none = new Timing(0, Optional.empty(), Optional.empty());
    return new Figures(0, 0, none, none);
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Optional<Duration> millis(Object value) {
    return value == null
        ? Optional.empty()
        : Optional.of(Duration.ofMillis(Math.round(((Number) value).doubleValue())));
  }
}
