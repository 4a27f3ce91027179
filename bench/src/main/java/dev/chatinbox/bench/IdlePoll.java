package dev.chatinbox.bench;

import java.time.Duration;

/**
 * B0: the idle poll {@code GET /conversations/updates} of a UI without a cursor — the trivial
 * authenticated request — once at a low rate (the latency of one request) and once at the ceiling
 * rate.
 */
final class IdlePoll {
  private final ScenarioRunner run;

  IdlePoll(ScenarioRunner run) {
    this.run = run;
  }

  void run() {
    run.simple(
        "B0 unloaded: idle poll GET /conversations/updates at 20/s",
        "p99 ≤ 50 ms",
        20,
        Duration.ofSeconds(run.cfg.variantSeconds()),
        n -> run.get(ScenarioRunner.B0_PATH, run.agent(n)).build());
    run.simple(
        "B0 ceiling: idle poll GET /conversations/updates",
        "≥ 15000/s",
        run.cfg.rateB0(),
        Duration.ofSeconds(run.cfg.seconds()),
        n -> run.get(ScenarioRunner.B0_PATH, run.agent(n)).build());
  }
}
