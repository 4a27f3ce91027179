package dev.chatinbox.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * B8: outbound webhooks (issue #19). {@code bench.rate.b8} change-log events per second are
 * produced by signed carrier webhooks — inbound SMS from seeded contacts (a {@code
 * message.received} and a {@code conversation.updated} each) and Twilio {@code delivered} callbacks
 * for seeded messages still {@code sent} (a {@code message.status_changed} each), 3 of every 7
 * requests inbound — while five endpoints subscribed to every type point at a local receiver
 * ({@link WebhookSink}); one answers 500 for the whole run. Measured per live endpoint: the lag
 * from each event's timestamp to its arrival, events lost (expected: every change-log position the
 * run produced), out of order and repeated, and its delivery rate against the rate produced — the
 * failing endpoint must not lower the others'.
 */
final class Webhooks {
  static final String NAME = "B8 webhooks: signed inbound SMS + status callbacks → 5 endpoints";
  private static final int LIVE = 4;
  private static final Duration DELIVERY_WAIT = Duration.ofSeconds(60);

  private final ScenarioRunner run;
  private final String dbUrl;

  Webhooks(ScenarioRunner run, String dbUrl) {
    this.run = run;
    this.dbUrl = dbUrl;
  }

  void run() throws Exception {
    Config cfg = run.cfg;
    double requestsPerSecond = cfg.rateB8() * 7 / 10; // 3 inbound (2 events) + 4 callbacks (1)
    List<String[]> sids =
        StatusCallbacks.twilioMessages(
            dbUrl, (int) (requestsPerSecond * 4 / 7 * cfg.seconds()) + 10, false);
    try (WebhookSink sink = new WebhookSink()) {
      run.settleForNext("B8");
      List<String> endpoints = new ArrayList<>();
      for (int i = 1; i <= LIVE; i++) {
        endpoints.add(subscribe(sink.path("/b8/" + i, 204)));
      }
      endpoints.add(subscribe(sink.path("/b8/failing", 500)));
      long from = head();
      long started = System.currentTimeMillis();
      ProcStats.Window w = run.proc().window();
      OpenLoad.Result writes =
          run.openLoad(
              NAME,
              requestsPerSecond,
              Duration.ofSeconds(cfg.seconds()),
              n ->
                  n % 7 < 3 || sids.isEmpty()
                      ? Fanout.inboundSms(
                          run,
                          String.format(Locale.ROOT, "SM%013xb8%017d", started, n),
                          n,
                          "B8 " + n + " is my order on its way?")
                      : StatusCallbacks.twilioCallback(run, sids.get((int) (n % sids.size()))));
      long to = settledHead();
      List<Long> expected = positions(from, to);
      long deadline = System.nanoTime() + DELIVERY_WAIT.toNanos();
      while (!allArrived(sink, expected) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      w.stop();
      for (String id : endpoints) {
        run.http()
            .send(
                run.get("/api/v1/webhook-endpoints/" + id, run.adminToken).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
      }
      run.results.add(row(sink, expected, writes, w));
    }
  }

  private Row row(
      WebhookSink sink, List<Long> expected, OpenLoad.Result writes, ProcStats.Window w) {
    Histogram lag = new Histogram(3);
    long lost = 0;
    long duplicates = 0;
    long outOfOrder = 0;
    long delivered = 0;
    double slowest = Double.MAX_VALUE;
    double produced = expected.size() / writes.seconds();
    for (int i = 1; i <= LIVE; i++) {
      WebhookSink.Receiving at = sink.at("/b8/" + i);
      WebhookSink.Tally t = WebhookSink.tally(at.ids(), expected);
      lag.add(at.lagMicros);
      lost += t.lost();
      duplicates += t.duplicates();
      outOfOrder += t.outOfOrder();
      delivered += t.received();
      double seconds = Math.max(1e-3, (at.lastArrivalNanos - at.firstArrivalNanos) / 1e9);
      slowest = Math.min(slowest, at.ids().isEmpty() ? 0 : (t.received() - 1) / seconds);
    }
    long failingTries = sink.at("/b8/failing").ids().size();
    return Row.b8(
        writes,
        lag,
        w,
        new Row.WebhookFigures(
            expected.size(),
            produced,
            slowest,
            delivered,
            lost,
            duplicates,
            outOfOrder,
            failingTries));
  }

  private static boolean allArrived(WebhookSink sink, List<Long> expected) {
    for (int i = 1; i <= LIVE; i++) {
      if (WebhookSink.tally(sink.at("/b8/" + i).ids(), expected).lost() > 0) {
        return false;
      }
    }
    return true;
  }

  /** Subscribes an endpoint to every event type; returns its id. */
  private String subscribe(String url) throws Exception {
    HttpResponse<String> created =
        run.http()
            .send(
                run.post(
                        "/api/v1/webhook-endpoints",
                        run.adminToken,
                        "{\"url\":\"" + url + "\",\"eventTypes\":[\"*\"],\"description\":\"B8\"}")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("B8: endpoint not created: " + created.body());
    }
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created.body());
    if (!id.find()) {
      throw new IllegalStateException("B8: no id in " + created.body());
    }
    return id.group(1);
  }

  /** The change log's newest position. */
  private long head() throws SQLException {
    try (Connection c = DriverManager.getConnection(dbUrl);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT last_seq FROM change_log_head WHERE id = 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The newest position once every committed entry has its number (at most 10 s). */
  private long settledHead() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection c = DriverManager.getConnection(dbUrl);
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM change_log WHERE seq IS NULL")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          break;
        }
      }
      Thread.sleep(100);
    }
    return head();
  }

  /** The positions numbered after {@code from} up to {@code to}: every endpoint's due events. */
  private List<Long> positions(long from, long to) throws SQLException {
    List<Long> positions = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(dbUrl);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT seq FROM change_log WHERE seq > "
                    + from
                    + " AND seq <= "
                    + to
                    + " ORDER BY seq")) {
      while (rs.next()) {
        positions.add(rs.getLong(1));
      }
    }
    return positions;
  }
}
