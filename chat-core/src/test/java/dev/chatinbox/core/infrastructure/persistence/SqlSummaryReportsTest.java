package dev.chatinbox.core.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.core.application.report.ReportCriteria;
import dev.chatinbox.core.application.view.SummaryReportView;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.support.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The summary statement on both databases (the same SQL, percentile_cont on each): a conversation
 * resolved, reopened by its contact and resolved again is opened twice and timed per opening; a
 * note is not a reply.
 */
class SqlSummaryReportsTest {
  private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

  private static OffsetDateTime at(double hours) {
    return T0.plusMillis(Math.round(hours * 3_600_000)).atOffset(ZoneOffset.UTC);
  }

  private static void exec(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      st.executeUpdate();
    }
  }

  private static UUID conversation(Connection c, String channel, double createdAt)
      throws Exception {
    UUID contact = UUID.randomUUID();
    exec(
        c,
        "INSERT INTO contacts (id, full_name, dnd_all, search_text, created_at, updated_at,"
            + " version) VALUES (?, 'Report', FALSE, 'report', ?, ?, 0)",
        contact,
        at(createdAt),
        at(createdAt));
    UUID id = UUID.randomUUID();
    exec(
        c,
        "INSERT INTO conversations (id, contact_id, channel, unread_count, is_starred, sort_at,"
            + " created_at, updated_at, version) VALUES (?, ?, ?, 0, FALSE, ?, ?, ?, 0)",
        id,
        contact,
        channel,
        at(createdAt),
        at(createdAt),
        at(createdAt));
    return id;
  }

  private static void message(Connection c, UUID conversation, String sender, double hours)
      throws Exception {
    exec(
        c,
        "INSERT INTO messages (id, conversation_id, sender_type, body, channel, status,"
            + " occurred_at, created_at, updated_at, version) VALUES (?, ?, ?, 'x', 'SMS', ?, ?, ?,"
            + " ?, 0)",
        UUID.randomUUID(),
        conversation,
        sender,
        sender.equals("user") ? "sent" : null,
        at(hours),
        at(hours),
        at(hours));
  }

  private static void status(Connection c, UUID conversation, String from, String to, double h)
      throws Exception {
    exec(
        c,
        "INSERT INTO conversation_status_changes (id, conversation_id, from_status, to_status,"
            + " changed_at, cause) VALUES (?, ?, ?, ?, ?, 'user')",
        UUID.randomUUID(),
        conversation,
        from,
        to,
        at(h));
  }

  private static void check(TestDatabase db) throws Exception {
    try (Connection c = db.connect()) {
      UUID a = conversation(c, "SMS", 0);
      message(c, a, "contact", 1);
      message(c, a, "note", 1.05);
      message(c, a, "user", 1 + 10 / 60.0);
      status(c, a, "open", "resolved", 2);
      message(c, a, "contact", 3);
      status(c, a, "resolved", "open", 3);
      message(c, a, "user", 3 + 20 / 60.0);
      status(c, a, "open", "resolved", 4);
      UUID b = conversation(c, "SMS", 5);
      message(c, b, "contact", 5);
      message(c, b, "user", 5.5);
    }
    EntityManager em = db.emf().createEntityManager();
    try {
      SummaryReportView report =
          new SqlSummaryReports(new SqlReads(em, db.dataSource()))
              .summary(
                  new ReportCriteria(
                      T0, T0.plus(Duration.ofDays(1)), Optional.empty(), Optional.empty()));
      SummaryReportView.Figures total = report.total();
      assertEquals(3, total.opened());
      assertEquals(2, total.resolved());
      // first responses 600, 1200, 1800 s
      assertEquals(3, total.firstResponse().count());
      assertEquals(Optional.of(Duration.ofSeconds(1200)), total.firstResponse().median());
      assertEquals(Optional.of(Duration.ofSeconds(1680)), total.firstResponse().p90());
      // resolutions 7200 and 3600 s
      assertEquals(Optional.of(Duration.ofSeconds(5400)), total.resolution().median());
      assertEquals(Optional.of(Duration.ofSeconds(6840)), total.resolution().p90());
      SummaryReportView.ChannelFigures sms = report.channels().get(0);
      assertEquals(Channel.SMS, sms.channel());
      assertEquals(total, sms.figures());
      assertEquals(0, report.channels().get(1).figures().opened());
      assertEquals(Optional.empty(), report.channels().get(1).figures().firstResponse().median());
    } finally {
      em.close();
    }
  }

  @Test
  void onPostgresql() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      check(db);
    }
  }

  @Test
  void onH2() throws Exception {
    try (TestDatabase db = TestDatabase.h2()) {
      check(db);
    }
  }
}
