package dev.chatinbox.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * B5: {@code bench.wsClients} WebSocket clients subscribed to everything while signed inbound SMS
 * webhooks carry a marker each; every client must get every marked {@code new_message} once.
 */
final class Fanout {
  private static final String INBOUND = "/api/v1/webhooks/twilio/sms/inbound";

  private final ScenarioRunner run;

  Fanout(ScenarioRunner run) {
    this.run = run;
  }

  void run() throws Exception {
    Config cfg = run.cfg;
    int marks = (int) Math.ceil(cfg.rateB5() * cfg.seconds()) + 1;
    WsFanout fan = new WsFanout(cfg.wsClients(), marks);
    HttpClient wsHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    String wsBase = cfg.base().replace("http://", "ws://");
    run.settleForNext("B5");
    long connected =
        fan.connect(wsHttp, URI.create(wsBase + "/ws/conversations?token=" + run.adminToken));
    ProcStats.Window w = run.proc().window();
    long framesBefore = fan.frames();
    long started = System.currentTimeMillis();
    OpenLoad.Result writes =
        run.openLoad(
            "B5 writes",
            cfg.rateB5(),
            Duration.ofSeconds(cfg.seconds()),
            n -> {
              HttpRequest request = inboundSms(n, started);
              fan.sent((int) n, System.nanoTime());
              return request;
            });
    int sent = (int) Math.min(writes.due(), marks);
    fan.awaitAll(sent, 15_000);
    w.stop();
    Row row =
        Row.b5(
            writes,
            fan.latencyMicros(),
            w,
            new Row.FanoutFigures(
                connected,
                (long) writes.ok() * fan.connectedClients(),
                fan.delivered(sent),
                fan.duplicates(),
                fan.closedByServer(),
                fan.reconnects(),
                fan.closeCodes(),
                (fan.frames() - framesBefore) / writes.seconds()));
    run.results.add(row);
    fan.close();
  }

  /** The n-th marked inbound SMS, signed as Twilio signs it. */
  private HttpRequest inboundSms(long n, long started) {
    return inboundSms(
        run,
        String.format(Locale.ROOT, "SM%013x%019d", started, n),
        n,
        "Bench fan-out " + WsFanout.marker((int) n) + " where is my parcel?");
  }

  /**
   * A signed inbound SMS (Twilio's form) from the seeded contact that {@code n} picks, spread over
   * the data set (B5, B8).
   */
  static HttpRequest inboundSms(ScenarioRunner run, String messageSid, long n, String text) {
    int i = (int) Math.floorMod(n * 7919, run.cfg.contacts());
    i = i - i % 4;
    Map<String, String> form = new LinkedHashMap<>();
    form.put("MessageSid", messageSid);
    form.put("AccountSid", StatusCallbacks.TWILIO_ACCOUNT);
    form.put("From", Seeder.phone(i));
    form.put("To", Seeder.OUR_NUMBER);
    form.put("Body", text);
    form.put("NumMedia", "0");
    return run.webhook(INBOUND, "application/x-www-form-urlencoded")
        .header("X-Twilio-Signature", run.signatures.twilio(run.cfg.base() + INBOUND, form))
        .POST(HttpRequest.BodyPublishers.ofString(Signatures.form(form)))
        .build();
  }
}
