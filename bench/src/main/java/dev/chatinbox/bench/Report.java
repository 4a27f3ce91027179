package dev.chatinbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes {@code RESULTS.md} (machine, commit, date, every figure, targets met or missed, floors and
 * ratios, the generator's own CPU) and, through {@link LatencyPlot}, the percentile files and
 * {@code results.html}.
 */
final class Report {
  private Report() {}

  static String f(double v, String format) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, format, v);
  }

  /** A Markdown table row of {@code cells}. */
  static String tableRow(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  static String verdict(Boolean met) {
    return met == null ? "–" : met ? "yes" : "**no**";
  }

  static void write(Results results, Config cfg) throws IOException {
    Path out = cfg.out();
    Files.createDirectories(out.resolve("results"));
    StringBuilder md = new StringBuilder();
    header(md, results, cfg);
    scenarios(md, results);
    floors(md, results);
    ceilings(md, results, cfg);
    profiles(md, results);
    causes(md, results);
    md.append(
        "\nCauses come from bench/CAUSES.md (the analysis of the latest runs, kept by hand);"
            + " the evidence behind them is in bench/README.md.\n\n"
            + "Latency plots: `bench/results/results.html`; percentile files: `bench/results/*.hgrm`.\n");
    Files.writeString(out.resolve("RESULTS.md"), md.toString());
    LatencyPlot.write(results.rows, out.resolve("results"));
    System.out.println("Wrote " + out.resolve("RESULTS.md"));
  }

  private static void header(StringBuilder md, Results results, Config cfg) {
    md.append("# Benchmark results\n\n");
    md.append(
        "Written by the harness (`bench/run`, see bench/README.md) — do not edit by hand.\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| Date | ").append(Instant.now()).append(" |\n");
    md.append("| Commit | `").append(cfg.commit()).append("` |\n");
    md.append("| Machine | ").append(machine()).append(" |\n");
    if (!cfg.machineNote().isBlank()) {
      md.append("| Note | ").append(cfg.machineNote()).append(" |\n");
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| Data | scale %s: %d contacts, %d conversations (SMS/WhatsApp/Email 2:1:1), ~%d messages per conversation (one in 1000 has 100×) |\n",
            cfg.scale(),
            cfg.contacts(),
            cfg.contacts(),
            cfg.messagesPerConversation()));
    md.append(
        String.format(
            Locale.ROOT,
            "| Run | %d s warm-up after B7 (of every 8 requests: 3 B0/B1/B2 reads, 2 B3 sends, 2 B4 Twilio callbacks, 1 SendGrid batch; closed loop, 8 in flight), %d s per scenario, %d s per B1 variant, open model (constant arrival rate, latency from each request's due time), at most %d requests in flight |\n",
            cfg.warmupSeconds(),
            cfg.seconds(),
            cfg.variantSeconds(),
            cfg.maxInFlight()));
    md.append(
        "| Server | Open Liberty from chat-ear/target/liberty, PostgreSQL, Redis pub/sub, real Twilio/SendGrid SDKs against a local fake carrier, JWT verified with a configured public key (dev key fallback off) |\n\n");
    if (!results.seedLog.isEmpty()) {
      md.append("Seeding: ").append(String.join("; ", results.seedLog)).append(".\n\n");
    }
  }

  private static void scenarios(StringBuilder md, Results results) {
    md.append("## Scenarios\n\n");
    md.append(
        "Latencies in ms. CPU: server process, % of one core (200 % = both cores). Generator: the"
            + " harness JVM's own CPU over the same window (load generator, WebSocket clients;"
            + " /proc/self/stat), % of one core. Machine: all cores busy (server, load generator,"
            + " PostgreSQL, anything else running).\n\n");
    md.append(
        "| Scenario | Offered /s | OK /s | p50 | p99 | p99.9 | max | Errors | Server CPU | Generator CPU | Machine | Peak RSS MiB | Target | Met |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : results.rows) {
      md.append(
          tableRow(
              r.name(),
              f(r.offered(), "%.0f"),
              f(r.throughput(), "%.1f"),
              f(r.p50(), "%.1f"),
              f(r.p99(), "%.1f"),
              f(r.p999(), "%.1f"),
              f(r.max(), "%.0f"),
              Long.toString(r.errors()),
              f(r.cpu(), "%.0f %%"),
              f(r.generatorCpu(), "%.0f %%"),
              f(r.machine(), "%.0f %%"),
              f(r.peakRss(), "%.0f"),
              r.target(),
              verdict(r.met())));
    }
    md.append("\nDetails:\n\n");
    for (Row r : results.rows) {
      if (!r.extra().isEmpty()) {
        md.append("- ").append(r.name()).append(": ").append(r.extra()).append('\n');
      }
      if (!r.outcomes().isEmpty()) {
        md.append("- ").append(r.name()).append(" — responses: ").append(r.outcomes()).append('\n');
      }
    }
    results.notes.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
  }

  private static void floors(StringBuilder md, Results results) {
    md.append("\n## Floors (pgbench, same SQL, " + Floors.CLIENTS + " clients, closed loop)\n\n");
    md.append(
        "| Floor | pgbench tps | avg latency ms | failed tx | API scenario | API OK /s | API ÷ floor | Target | Met |\n"
            + "|---|---|---|---|---|---|---|---|---|\n");
    for (Floors.Floor fl : results.floors) {
      Floors.Script s = fl.script();
      Row api =
          results.rows.stream().filter(r -> r.name().equals(s.api())).findFirst().orElse(null);
      double ratio = api == null ? Double.NaN : api.throughput() / fl.tps();
      md.append(
          tableRow(
              s.name(),
              f(fl.tps(), "%.0f"),
              f(fl.latencyMs(), "%.2f"),
              Long.toString(fl.failed()),
              api == null ? "–" : api.name(),
              api == null ? "–" : f(api.throughput(), "%.0f"),
              f(ratio, "%.2f"),
              s.target(),
              verdict(Ratios.judged(s.target(), ratio))));
      if (fl.error() != null) {
        md.append("\n```\n").append(fl.error()).append("\n```\n\n");
      }
    }
    if (results.floors.stream().anyMatch(fl -> fl.failed() > 0)) {
      md.append(
          "\nFailed tx: transactions PostgreSQL ended with a deadlock (two sends into one"
              + " conversation: each message insert takes a key-share lock on the conversation row"
              + " through the foreign key, then each send locks that row FOR UPDATE).\n");
    }
    Row b0 = results.row("B0 ceiling");
    if (b0 != null) {
      md.append("\nRatio to the runtime's ceiling (API OK/s ÷ B0 OK/s):\n\n");
      for (Row r : results.rows) {
        if (!Double.isNaN(r.throughput()) && r.name().matches("B[1-4] .*")) {
          md.append("- ")
              .append(r.name())
              .append(": ")
              .append(f(r.throughput() / b0.throughput(), "%.2f"))
              .append('\n');
        }
      }
    }
    md.append(
        "\nThe SQL of each floor (the write floors' from bench/src/main/resources/floors/):\n\n");
    for (Floors.Floor fl : results.floors) {
      md.append("<details><summary>")
          .append(fl.script().name())
          .append("</summary>\n\n```sql\n")
          .append(fl.script().sql())
          .append("```\n</details>\n\n");
    }
  }

  private static void ceilings(StringBuilder md, Results results, Config cfg) {
    if (results.ceilings.isEmpty()) {
      return;
    }
    Config.ClosedLoop wrk = cfg.closedLoop();
    md.append("\n## Closed-loop ceilings (wrk)\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "`wrk --latency -t %d -c %d -d %ds` on the same 2 cores: each connection sends its next"
                + " request when the previous one is answered, so this is the most the server"
                + " answers with a generator that costs little CPU per request, not a latency claim"
                + " (a slow answer delays the next request instead of being charged to it; the"
                + " open-model table above is the latency reference). B1 and B2 rotate among 8"
                + " agents / conversations (a Lua script), B0 and /health/live send one request."
                + " Latencies in ms. wrk CPU: wrk's own (this JVM's cutime once wrk ended), %% of"
                + " one core. Ratio: wrk requests/s ÷ what the row is set against.\n\n",
            wrk.threads(),
            wrk.connections(),
            wrk.seconds()));
    md.append(
        "| Ceiling | wrk req/s | p50 | p75 | p90 | p99 | max | Errors | wrk CPU | Server CPU | Machine | Set against | Ratio | Target | Met |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (ClosedLoopCeilings.Ceiling c : results.ceilings) {
      Wrk.Output o = c.wrk();
      md.append(
          tableRow(
              c.name(),
              f(o.requestsPerSecond(), "%.0f"),
              f(o.percentileMs("50%"), "%.1f"),
              f(o.percentileMs("75%"), "%.1f"),
              f(o.percentileMs("90%"), "%.1f"),
              f(o.percentileMs("99%"), "%.1f"),
              f(o.maxMs(), "%.0f"),
              Long.toString(o.non2xx() + o.socketErrors()),
              f(o.cpuPercent(), "%.0f %%"),
              f(c.serverCpu(), "%.0f %%"),
              f(c.machine(), "%.0f %%"),
              c.against(),
              f(c.ratio(), "%.2f"),
              c.target(),
              verdict(c.met())));
    }
  }

  private static void profiles(StringBuilder md, Results results) {
    if (results.profiles.isEmpty()) {
      return;
    }
    md.append("\n## Profiles (bench.profile=true)\n\n");
    md.append(
        "CPU samples of the server (async-profiler, every 1 ms of CPU) during each scenario below,"
            + " whose figures carry the profiler's overhead. Flame graphs open in a browser;"
            + " collapsed stacks are text (`sort -t' ' -k2 -n`, or any flame graph tool).\n\n");
    results.profiles.forEach(p -> md.append("- ").append(p).append('\n'));
  }

  private static void causes(StringBuilder md, Results results) throws IOException {
    md.append("\n## Targets missed: causes and next fixes\n\n");
    Causes causes = Causes.read(Path.of(System.getProperty("bench.causes", "bench/CAUSES.md")));
    boolean any = false;
    for (Row r : results.rows) {
      if (Boolean.FALSE.equals(r.met())) {
        any = true;
        missed(md, causes, r.name(), r.target());
      }
    }
    for (ClosedLoopCeilings.Ceiling c : results.ceilings) {
      if (Boolean.FALSE.equals(c.met())) {
        any = true;
        missed(md, causes, c.name(), c.target());
      }
    }
    if (!any) {
      md.append("None.\n");
    }
  }

  /** One missed target with its cause and next fix from CAUSES.md. */
  static void missed(StringBuilder md, Causes causes, String name, String target) {
    md.append("- **").append(name).append("** (target ").append(target).append(")");
    Causes.Cause cause = causes.of(name);
    if (cause == null) {
      md.append(": cause not analysed yet (no line for it in bench/CAUSES.md).\n");
    } else {
      md.append(": ")
          .append(cause.cause())
          .append(" **Next fix:** ")
          .append(cause.nextFix())
          .append("\n");
    }
  }

  private static String machine() {
    String cpu = "?";
    String mem = "?";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .orElse("?");
      mem =
          Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(l -> l.startsWith("MemTotal"))
              .findFirst()
              .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 + " MiB")
              .orElse("?");
    } catch (IOException e) {
      // not Linux
    }
    String load = "?";
    try {
      load = Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      // not Linux
    }
    return Runtime.getRuntime().availableProcessors()
        + " CPUs ("
        + cpu
        + "), "
        + mem
        + " RAM, Java "
        + System.getProperty("java.version")
        + ", load average at the end "
        + load;
  }
}
