package dev.chatinbox.bench;

import dev.chatinbox.core.support.FakeCarrier;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * B3: sends as the administrator — {@code POST …/messages/sms} (3 of 4) and {@code
 * …/messages/email} — accepted per second; then the carrier calls per second during and after the
 * sends (is the pacing honoured?). The paced backlog is marked done afterwards so that it does not
 * load the next scenarios.
 */
final class Sends {
  static final String NAME = "B3 send: POST …/messages/sms (3 of 4) and …/messages/email";

  private final ScenarioRunner run;
  private final FakeCarrier carrier;
  private final String dbUrl;

  Sends(ScenarioRunner run, FakeCarrier carrier, String dbUrl) {
    this.run = run;
    this.carrier = carrier;
    this.dbUrl = dbUrl;
  }

  void run() throws Exception {
    int twilioBefore = carrier.twilioRequests().size();
    int sendGridBefore = carrier.sendGridRequests().size();
    long t0 = System.nanoTime();
    Row row =
        run.simple(
            NAME,
            "≥ 1000/s accepted, p99 ≤ 50 ms",
            run.cfg.rateB3(),
            Duration.ofSeconds(run.cfg.seconds()),
            n -> request(run, n));
    double seconds = (System.nanoTime() - t0) / 1e9;
    int twilio = carrier.twilioRequests().size() - twilioBefore;
    int sendGrid = carrier.sendGridRequests().size() - sendGridBefore;
    // then the outbox alone, without new sends: how fast does the backlog drain?
    int drainSeconds = Math.max(5, run.cfg.variantSeconds());
    Thread.sleep(drainSeconds * 1000L);
    int twilioDrain = carrier.twilioRequests().size() - twilioBefore - twilio;
    int sendGridDrain = carrier.sendGridRequests().size() - sendGridBefore - sendGrid;
    run.results.notes.put(
        "B3 carrier dispatch",
        String.format(
            Locale.ROOT,
            "%d sends accepted in %.1f s; carrier calls during B3: Twilio %d (%.1f/s), SendGrid %d"
                + " (%.1f/s); in the %d s after B3 (outbox draining, no new sends): Twilio %.1f/s,"
                + " SendGrid %.1f/s. Pacing configured at 100/s per sender (CHAT_OUTBOX_RATE_SMS,"
                + " _EMAIL; one SMS sender, one email sender), so up to ~200/s could go out",
            row.ok(),
            seconds,
            twilio,
            twilio / seconds,
            sendGrid,
            sendGrid / seconds,
            drainSeconds,
            twilioDrain / (double) drainSeconds,
            sendGridDrain / (double) drainSeconds));
    // the paced backlog would otherwise keep dispatching through the next scenarios
    int left = dropBacklog(dbUrl);
    run.results.notes.put(
        "B3 backlog",
        left + " outbox rows still waiting for their pacing slot were marked done after B3");
  }

  /** The {@code n}th send: SMS (3 of 4) or email, into a conversation spread over the data. */
  static HttpRequest request(ScenarioRunner run, long n) {
    int i = (int) Math.floorMod(n * 7919, run.cfg.contacts());
    if (n % 4 == 3) {
      i = i - i % 4 + 3; // an email conversation
      String to = Seeder.email(i, Seeder.contact(i).name());
      return run.post(
              "/api/v1/conversations/" + Seeder.id(Seeder.K_CONV, i, 0) + "/messages/email",
              run.adminToken,
              "{\"fromName\":\"Support\",\"fromEmail\":\""
                  + Seeder.OUR_EMAIL
                  + "\",\"to\":\""
                  + to
                  + "\",\"subject\":\"Your order\",\"body\":\"Bench email "
                  + n
                  + ": your order shipped.\"}")
          .build();
    }
    i = i - i % 4; // an SMS conversation
    return run.post(
            "/api/v1/conversations/" + Seeder.id(Seeder.K_CONV, i, 0) + "/messages/sms",
            run.adminToken,
            "{\"message\":\"Bench SMS "
                + n
                + ": your order shipped.\",\"to\":\""
                + Seeder.phone(i)
                + "\"}")
        .build();
  }

  /** Marks every outbox row done, so that a backlog does not dispatch through later scenarios. */
  static int dropBacklog(String dbUrl) throws java.sql.SQLException {
    try (Connection c = DriverManager.getConnection(dbUrl);
        Statement s = c.createStatement()) {
      return s.executeUpdate("UPDATE outbox SET state = 'done' WHERE state <> 'done'");
    }
  }
}
