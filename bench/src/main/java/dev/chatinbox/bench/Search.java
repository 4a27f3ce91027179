package dev.chatinbox.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * B6: {@code GET /conversations/search?q=} (words, names, phrases) while a B1 mix runs in the
 * background (issue #16: 20 searches/s beside B1 at 200/s, search p99 ≤ 100 ms, the B1 mix's p99 at
 * most 1.5 × its p99 without search). The B1 mix first runs alone at the same rate, for the p99 the
 * target compares with.
 */
final class Search {
  private static final String[] QUERIES = {
    "refund",
    "tracking",
    "invoice",
    "garcia",
    "coffee grinder",
    "damaged",
    "canada",
    "chen",
    "subscription",
    "rain boots",
    "okafor",
    "discount"
  };

  private final ScenarioRunner run;

  Search(ScenarioRunner run) {
    this.run = run;
  }

  void run() throws Exception {
    Config cfg = run.cfg;
    run.settleForNext("B6 baseline");
    Row alone =
        run.simple(
            "B6 baseline: B1 mix at " + (int) cfg.rateB6Background() + "/s without search",
            "–",
            cfg.rateB6Background(),
            Duration.ofSeconds(cfg.seconds()),
            this::mix);
    run.settleForNext("B6");
    AtomicReference<OpenLoad.Result> background = new AtomicReference<>();
    Thread bg =
        new Thread(
            () ->
                background.set(
                    run.openLoad(
                        "B6 background B1 mix",
                        cfg.rateB6Background(),
                        Duration.ofSeconds(cfg.seconds() + 2),
                        this::mix)));
    bg.start();
    Thread.sleep(1000);
    run.simple(
        "B6 search ?q= under " + (int) cfg.rateB6Background() + "/s B1 load",
        "p99 ≤ 100 ms",
        cfg.rateB6(),
        Duration.ofSeconds(cfg.seconds()),
        n ->
            run.get(
                    "/api/v1/conversations/search?q="
                        + URLEncoder.encode(
                            QUERIES[(int) (n % QUERIES.length)], StandardCharsets.UTF_8),
                    run.agent(n))
                .build());
    bg.join();
    OpenLoad.Result b = background.get();
    if (b != null) {
      run.results.notes.put(
          "B6 background",
          String.format(
              Locale.ROOT,
              "B1 mix at %.0f/s alongside B6: %.0f/s ok, p50 %.1f ms, p99 %.1f ms, errors %d;"
                  + " alone (row above) p99 %.1f ms: alongside ÷ alone %.2f (target ≤ 1.5: %s)",
              b.offeredPerSecond(),
              b.throughput(),
              b.percentileMs(50),
              b.percentileMs(99),
              b.errors(),
              alone.p99(),
              b.percentileMs(99) / alone.p99(),
              b.percentileMs(99) <= 1.5 * alone.p99() ? "met" : "**missed**"));
    }
  }

  /** The B1 mix: page 1 of all, unread and SMS, as agents. */
  private HttpRequest mix(long n) {
    return run.get(
            switch ((int) (n % 3)) {
              case 0 -> ConversationList.PAGE_1;
              case 1 -> ConversationList.PAGE_1 + "&filter=unread";
              default -> ConversationList.PAGE_1 + "&channel=SMS";
            },
            run.agent(n))
        .build();
  }
}
