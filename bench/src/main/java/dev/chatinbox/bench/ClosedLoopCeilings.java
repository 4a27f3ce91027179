package dev.chatinbox.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ceilings of B0, B1 (page 1 as an agent) and B2 (newest message page) measured closed loop
 * with {@code wrk} — a generator that costs far less CPU per request than the open-model one —
 * beside {@code GET /health/live} measured with the same tool in the same run, so that the
 * runtime's own share is visible (idle poll ÷ /health/live) and the API can be set against the
 * database's floor (API ÷ floor). The open-model generator stays for latency at fixed rates:
 * closed-loop latencies hide queueing (a slow answer delays the next request instead of being
 * charged to it).
 */
final class ClosedLoopCeilings {
  /** What the issue asks (#15): idle poll ÷ /health/live and API ÷ floor. */
  static final String HEALTH_TARGET = "≥ 0.6 of /health/live";

  static final String FLOOR_TARGET = "≥ 0.5 of the floor";

  /** One ceiling: wrk's figures, the server's CPU, and its ratio to what it is set against. */
  record Ceiling(
      String name,
      Wrk.Output wrk,
      double serverCpu,
      double machine,
      String against,
      double ratio,
      String target,
      Boolean met) {}

  private static final int ROTATE = 8;

  private final ScenarioRunner run;

  ClosedLoopCeilings(ScenarioRunner run) {
    this.run = run;
  }

  void run() throws Exception {
    if (!Wrk.available()) {
      run.results.notes.put(
          "closed-loop ceilings", "wrk is not installed (bench/run installs it): not measured");
      return;
    }
    Results results = run.results;
    Ceiling health = measure("/health/live", "/health/live", null, null, null, Double.NaN, "–");
    results.ceilings.add(health);
    results.ceilings.add(
        measure(
            "B0 closed loop: idle poll GET /conversations/updates",
            ScenarioRunner.B0_PATH,
            "Authorization: Bearer " + run.agent(0),
            null,
            "/health/live",
            health.wrk().requestsPerSecond(),
            HEALTH_TARGET));
    List<Map.Entry<String, Map<String, String>>> lists = new ArrayList<>();
    List<Map.Entry<String, Map<String, String>>> pages = new ArrayList<>();
    for (int n = 0; n < ROTATE; n++) {
      lists.add(Map.entry(ConversationList.PAGE_1, bearer(run.agent(n))));
      pages.add(Map.entry(MessageHistory.newestPage(run.conversation(n)), bearer(run.adminToken)));
    }
    results.ceilings.add(
        againstFloor(
            "B1 closed loop: list all, page 1 (" + ROTATE + " agents)",
            ConversationList.PAGE_1,
            lists,
            "B1 all, page 1"));
    results.ceilings.add(
        againstFloor(
            "B2 closed loop: messages, newest page (" + ROTATE + " conversations)",
            MessageHistory.newestPage(run.conversation(0)),
            pages,
            "B2 newest page"));
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private Ceiling againstFloor(
      String name,
      String path,
      List<Map.Entry<String, Map<String, String>>> requests,
      String floorName)
      throws Exception {
    double floor =
        run.results.floors.stream()
            .filter(f -> f.script().name().equals(floorName))
            .mapToDouble(Floors.Floor::tps)
            .findFirst()
            .orElse(Double.NaN);
    return measure(
        name, path, null, Wrk.rotating(requests), "floor " + floorName, floor, FLOOR_TARGET);
  }

  private Ceiling measure(
      String name,
      String path,
      String header,
      String script,
      String against,
      double reference,
      String target)
      throws Exception {
    run.settleForNext(name);
    ProcStats.Window w = run.proc().window();
    Wrk.Output out =
        Wrk.run(run.cfg.closedLoop(), run.cfg.base() + path, header, script, run.cfg.work());
    w.stop();
    double ratio = out.requestsPerSecond() / reference;
    Ceiling c =
        new Ceiling(
            name,
            out,
            w.cpuPercent(),
            w.machinePercent(),
            against == null ? "–" : against,
            ratio,
            target,
            Ratios.judged(target, ratio));
    System.out.printf(
        java.util.Locale.ROOT,
        "%-60s wrk %8.1f/s p50 %s p99 %s errors %d wrk cpu %.0f%% server cpu %.0f%%%n",
        name,
        out.requestsPerSecond(),
        out.percentileMs("50%"),
        out.percentileMs("99%"),
        out.non2xx() + out.socketErrors(),
        out.cpuPercent(),
        w.cpuPercent());
    return c;
  }
}
