package dev.chatinbox.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * B2: message history as admin — the newest page of a random conversation, and a page {@code
 * before=} 60 days ago in the conversations that hold 100 times the average.
 */
final class MessageHistory {
  static final String NEWEST = "B2 messages, newest page";
  static final String DEEP = "B2 messages, deep before= (2000-message conversations)";

  private final ScenarioRunner run;

  MessageHistory(ScenarioRunner run) {
    this.run = run;
  }

  /** The newest page of a conversation: B2's main request (also warm-up and wrk). */
  static String newestPage(UUID conversation) {
    return "/api/v1/conversations/" + conversation + "/messages?pageSize=20";
  }

  /** The {@code before=} time of the deep pages. */
  static Instant deepBefore(Instant now) {
    return now.minus(Duration.ofDays(60));
  }

  void run() {
    Duration d = Duration.ofSeconds(Math.max(run.cfg.variantSeconds(), run.cfg.seconds() / 2));
    run.simple(
        NEWEST,
        "p99 ≤ 20 ms",
        run.cfg.rateB2(),
        d,
        n -> run.get(newestPage(run.conversation(n)), run.adminToken).build());
    int longOnes = Math.max(1, run.cfg.contacts() / 1000);
    String before = URLEncoder.encode(deepBefore(run.now).toString(), StandardCharsets.UTF_8);
    run.simple(
        DEEP,
        "p99 ≤ 20 ms",
        run.cfg.rateB2(),
        d,
        n ->
            run.get(
                    newestPage(
                            Seeder.id(
                                Seeder.K_CONV,
                                Seeder.LONG_CONVERSATION + 1000L * (n % longOnes),
                                0))
                        + "&before="
                        + before,
                    run.adminToken)
                .build());
  }
}
