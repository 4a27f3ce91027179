package dev.chatinbox.bench;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * B4: carrier status reports for seeded messages still {@code sent} — signed Twilio status
 * callbacks ({@code delivered}), then signed SendGrid event batches of 10.
 */
final class StatusCallbacks {
  /** The Twilio account the server is configured with (ServerEnvironment). */
  static final String TWILIO_ACCOUNT = "ACbe0c0000000000000000000000000001";

  static final String TWILIO = "B4 Twilio status callbacks (signed)";

  private final ScenarioRunner run;
  private final String dbUrl;

  StatusCallbacks(ScenarioRunner run, String dbUrl) {
    this.run = run;
    this.dbUrl = dbUrl;
  }

  void run() throws Exception {
    int wanted = (int) (run.cfg.rateB4() * run.cfg.seconds()) + 10;
    int emails = (int) (run.cfg.rateB4() / 10 * run.cfg.variantSeconds() * 10) + 10;
    List<String[]> sids = twilioMessages(dbUrl, wanted, false);
    List<String> emailIds = sendGridMessages(dbUrl, emails, false);
    run.simple(
        TWILIO,
        "≥ 1500/s, p99 ≤ 100 ms",
        run.cfg.rateB4(),
        Duration.ofSeconds(run.cfg.seconds()),
        n -> twilioCallback(run, sids.get((int) (n % sids.size()))));
    if (emailIds.isEmpty()) {
      return;
    }
    run.simple(
        "B4 SendGrid event batches of 10 (signed)",
        "≥ 150/s (1500 events/s), p99 ≤ 100 ms",
        run.cfg.rateB4() / 10,
        Duration.ofSeconds(run.cfg.variantSeconds()),
        n -> sendGridBatch(run, n, emailIds));
  }

  /**
   * Seeded Twilio messages still {@code sent}: (sid, channel, recipient); the newest ones when
   * {@code newest} (the warm-up's, so that B4 finds others).
   */
  static List<String[]> twilioMessages(String dbUrl, int limit, boolean newest)
      throws SQLException {
    List<String[]> sids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(dbUrl);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT carrier_message_id, channel, to_address FROM messages WHERE status ="
                    + " 'sent' AND carrier = 'twilio'"
                    + (newest ? " ORDER BY id DESC" : "")
                    + " LIMIT "
                    + limit)) {
      while (rs.next()) {
        sids.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    return sids;
  }

  /** Seeded SendGrid message ids still {@code sent}, the newest ones when {@code newest}. */
  static List<String> sendGridMessages(String dbUrl, int limit, boolean newest)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(dbUrl);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT carrier_message_id FROM messages WHERE status = 'sent' AND carrier ="
                    + " 'sendgrid'"
                    + (newest ? " ORDER BY id DESC" : "")
                    + " LIMIT "
                    + limit)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /** A {@code delivered} callback for {@code m} = (sid, channel, recipient). */
  static HttpRequest twilioCallback(ScenarioRunner run, String[] m) {
    String path =
        "/api/v1/webhooks/twilio/" + (m[1].equals("WhatsApp") ? "whatsapp" : "sms") + "/status";
    Map<String, String> form = new LinkedHashMap<>();
    form.put("MessageSid", m[0]);
    form.put("SmsSid", m[0]);
    form.put("AccountSid", TWILIO_ACCOUNT);
    form.put("MessageStatus", "delivered");
    form.put("SmsStatus", "delivered");
    form.put("To", m[2]);
    form.put("From", m[1].equals("WhatsApp") ? Seeder.OUR_WHATSAPP : Seeder.OUR_NUMBER);
    form.put("ApiVersion", "2010-04-01");
    return run.webhook(path, "application/x-www-form-urlencoded")
        .header("X-Twilio-Signature", run.signatures.twilio(run.cfg.base() + path, form))
        .POST(HttpRequest.BodyPublishers.ofString(Signatures.form(form)))
        .build();
  }

  /** A batch of 10 {@code delivered} events; {@code n} numbers the batch (its event ids). */
  static HttpRequest sendGridBatch(ScenarioRunner run, long n, List<String> emailIds) {
    StringBuilder body = new StringBuilder("[");
    long ts = Instant.now().getEpochSecond();
    for (int k = 0; k < 10; k++) {
      String id = emailIds.get((int) ((n * 10 + k) % emailIds.size()));
      body.append(k == 0 ? "" : ",")
          .append("{\"email\":\"x@example.com\",\"timestamp\":")
          .append(ts)
          .append(",\"event\":\"delivered\",\"sg_event_id\":\"bench-")
          .append(n)
          .append('-')
          .append(k)
          .append("\",\"sg_message_id\":\"")
          .append(id)
          .append(".filterdrecv-bench-1-5F0B4E2A-4.0\"}");
    }
    body.append(']');
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(ts);
    return run.webhook("/api/v1/webhooks/twilio/email/status", "application/json")
        .header("X-Twilio-Email-Event-Webhook-Signature", run.signatures.sendGrid(timestamp, bytes))
        .header("X-Twilio-Email-Event-Webhook-Timestamp", timestamp)
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
        .build();
  }
}
