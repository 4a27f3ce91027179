package dev.chatinbox.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Writes {@code RESULTS.md} (machine, commit, date, every figure, targets met or missed, floors and
 * ratios), one HdrHistogram {@code .hgrm} percentile file per scenario and {@code results.html}:
 * the latency distributions plotted as SVG (latency by percentile, log scale).
 */
final class Report {
  private static final Pattern MIN_RATE = Pattern.compile("≥ (\\d+)/s");
  private static final Pattern MAX_P99 = Pattern.compile("p99 ≤ (\\d+) ms");

  /** One scenario line. */
  record Row(
      String name,
      String target,
      double offered,
      double throughput,
      long ok,
      long errors,
      Map<String, Long> outcomes,
      double p50,
      double p99,
      double p999,
      double max,
      double cpu,
      double machine,
      double peakRss,
      Histogram histogram,
      String extra,
      Boolean met) {

    static Row of(OpenLoad.Result r, ProcStats.Window w, String target) {
      Row row =
          new Row(
              r.name(),
              target,
              r.offeredPerSecond(),
              r.throughput(),
              r.ok(),
              r.errors(),
              r.outcomes(),
              r.percentileMs(50),
              r.percentileMs(99),
              r.percentileMs(99.9),
              r.latencyMicros().getTotalCount() == 0
                  ? Double.NaN
                  : r.latencyMicros().getMaxValue() / 1000.0,
              w.cpuPercent(),
              w.machinePercent(),
              w.peakRssMiB(),
              r.latencyMicros(),
              "",
              null);
      return row.judged(row.throughput(), row.p99());
    }

    static Row b7(double firstOkSeconds, double rssAtStart, double idleRss) {
      boolean met = firstOkSeconds <= 10 && idleRss <= 512;
      return new Row(
          "B7 cold start to first authenticated 200; idle RSS 10 s later",
          "start ≤ 10 s, idle RSS ≤ 512 MiB",
          Double.NaN,
          Double.NaN,
          1,
          0,
          Map.of(),
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          idleRss,
          null,
          String.format(
              Locale.ROOT,
              "first 200 after %.2f s (from `server start`); RSS %.0f MiB at first 200, %.0f MiB idle",
              firstOkSeconds,
              rssAtStart,
              idleRss),
          met);
    }

    static Row b5(
        OpenLoad.Result writes,
        Histogram delivery,
        ProcStats.Window w,
        long connected,
        long expected,
        long delivered,
        long duplicates,
        long closed,
        double framesPerSecond) {
      double deliveriesPerSecond = delivered / writes.seconds();
      double p99 =
          delivery.getTotalCount() == 0 ? Double.NaN : delivery.getValueAtPercentile(99) / 1000.0;
      long lost = expected - delivered;
      boolean met = deliveriesPerSecond >= 10_000 && p99 <= 150 && lost == 0;
      return new Row(
          "B5 WebSocket fan-out: signed inbound SMS → every subscribed client",
          "10000 deliveries/s to 2000 clients, p99 ≤ 150 ms, 0 lost",
          writes.offeredPerSecond(),
          deliveriesPerSecond,
          delivered,
          lost + writes.errors(),
          writes.outcomes(),
          delivery.getTotalCount() == 0 ? Double.NaN : delivery.getValueAtPercentile(50) / 1000.0,
          p99,
          delivery.getTotalCount() == 0 ? Double.NaN : delivery.getValueAtPercentile(99.9) / 1000.0,
          delivery.getTotalCount() == 0 ? Double.NaN : delivery.getMaxValue() / 1000.0,
          w.cpuPercent(),
          w.machinePercent(),
          w.peakRssMiB(),
          delivery,
          String.format(
              Locale.ROOT,
              "%d clients subscribed; %d marked messages written (%d ok, webhook p99 %.1f ms);"
                  + " new_message deliveries expected %d, delivered %d, **lost %d**, duplicates %d;"
                  + " connections closed by the server %d; all frames %.0f/s",
              connected,
              writes.due(),
              writes.ok(),
              writes.percentileMs(99),
              expected,
              delivered,
              lost,
              duplicates,
              closed,
              framesPerSecond),
          met);
    }

    Row judged(double rate, double p99) {
      Boolean verdict = null;
      Matcher m = MIN_RATE.matcher(target);
      if (m.find()) {
        verdict = rate >= Double.parseDouble(m.group(1)) * 0.98;
      }
      Matcher p = MAX_P99.matcher(target);
      if (p.find()) {
        boolean ok = !Double.isNaN(p99) && p99 <= Double.parseDouble(p.group(1));
        verdict = verdict == null ? ok : verdict && ok;
      }
      if (verdict != null && errors > 0 && errors > ok / 1000) {
        verdict = false; // more than 0.1 % errors
      }
      return new Row(
          name,
          target,
          offered,
          throughput,
          ok,
          errors,
          outcomes,
          p50,
          p99,
          p999,
          max,
          cpu,
          machine,
          peakRss,
          histogram,
          extra,
          verdict);
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%-60s offered %7.0f/s ok %8.1f/s p50 %8.1f p99 %8.1f p99.9 %8.1f ms errors %d %s cpu %.0f%% rss %.0f MiB",
          name,
          offered,
          throughput,
          p50,
          p99,
          p999,
          errors,
          outcomes,
          cpu,
          peakRss);
    }
  }

  private Report() {}

  private static String f(double v, String format) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, format, v);
  }

  static void write(Bench bench) throws IOException {
    Path out = bench.cfg.out();
    Files.createDirectories(out.resolve("results"));
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n");
    md.append(
        "Written by the harness (`bench/run`, see bench/README.md) — do not edit by hand.\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| Date | ").append(Instant.now()).append(" |\n");
    md.append("| Commit | `").append(bench.cfg.commit()).append("` |\n");
    md.append("| Machine | ").append(machine()).append(" |\n");
    if (!bench.cfg.machineNote().isBlank()) {
      md.append("| Note | ").append(bench.cfg.machineNote()).append(" |\n");
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| Data | scale %s: %d contacts, %d conversations (SMS/WhatsApp/Email 2:1:1), ~%d messages per conversation (one in 1000 has 100×) |\n",
            bench.cfg.scale(),
            bench.cfg.contacts(),
            bench.cfg.contacts(),
            bench.cfg.messagesPerConversation()));
    md.append(
        String.format(
            Locale.ROOT,
            "| Run | %d s warm-up after B7 (B0/B1/B2 requests at 100/s), %d s per scenario, %d s per B1 variant, open model (constant arrival rate, latency from each request's due time), at most %d requests in flight |\n",
            bench.cfg.warmupSeconds(),
            bench.cfg.seconds(),
            bench.cfg.variantSeconds(),
            bench.cfg.maxInFlight()));
    md.append(
        "| Server | Open Liberty from chat-ear/target/liberty, PostgreSQL, Redis pub/sub, real Twilio/SendGrid SDKs against a local fake carrier, JWT verified with a configured public key (dev key fallback off) |\n\n");
    if (!bench.seedLog.isEmpty()) {
      md.append("Seeding: ").append(String.join("; ", bench.seedLog)).append(".\n\n");
    }
    md.append("## Scenarios\n\n");
    md.append(
        "Latencies in ms. CPU: server process, % of one core (200 % = both cores). Machine: all cores busy (server, load generator, PostgreSQL, anything else running).\n\n");
    md.append(
        "| Scenario | Offered /s | OK /s | p50 | p99 | p99.9 | max | Errors | Server CPU | Machine | Peak RSS MiB | Target | Met |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : bench.rows) {
      md.append("| ")
          .append(r.name())
          .append(" | ")
          .append(f(r.offered(), "%.0f"))
          .append(" | ")
          .append(f(r.throughput(), "%.1f"))
          .append(" | ")
          .append(f(r.p50(), "%.1f"))
          .append(" | ")
          .append(f(r.p99(), "%.1f"))
          .append(" | ")
          .append(f(r.p999(), "%.1f"))
          .append(" | ")
          .append(f(r.max(), "%.0f"))
          .append(" | ")
          .append(r.errors())
          .append(" | ")
          .append(f(r.cpu(), "%.0f %%"))
          .append(" | ")
          .append(f(r.machine(), "%.0f %%"))
          .append(" | ")
          .append(f(r.peakRss(), "%.0f"))
          .append(" | ")
          .append(r.target())
          .append(" | ")
          .append(r.met() == null ? "–" : r.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    md.append("\nDetails:\n\n");
    for (Row r : bench.rows) {
      if (!r.extra().isEmpty()) {
        md.append("- ").append(r.name()).append(": ").append(r.extra()).append('\n');
      }
      if (!r.outcomes().isEmpty()) {
        md.append("- ").append(r.name()).append(" — responses: ").append(r.outcomes()).append('\n');
      }
    }
    bench.notes.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));

    md.append("\n## Floors (pgbench, same SQL, 4 clients, closed loop)\n\n");
    md.append(
        "| Floor | pgbench tps | avg latency ms | API scenario | API OK /s | API ÷ floor |\n|---|---|---|---|---|---|\n");
    Row b0 = bench.rows.stream().filter(r -> r.name().startsWith("B0")).findFirst().orElse(null);
    for (Floors.Floor fl : bench.floors) {
      Row api = matching(bench.rows, fl.name());
      md.append("| ")
          .append(fl.name())
          .append(" | ")
          .append(f(fl.tps(), "%.0f"))
          .append(" | ")
          .append(f(fl.latencyMs(), "%.2f"))
          .append(" | ")
          .append(api == null ? "–" : api.name())
          .append(" | ")
          .append(api == null ? "–" : f(api.throughput(), "%.0f"))
          .append(" | ")
          .append(api == null ? "–" : f(api.throughput() / fl.tps(), "%.2f"))
          .append(" |\n");
      if (fl.error() != null) {
        md.append("\n```\n").append(fl.error()).append("\n```\n\n");
      }
    }
    if (b0 != null) {
      md.append("\nRatio to the runtime's ceiling (API OK/s ÷ B0 OK/s):\n\n");
      for (Row r : bench.rows) {
        if (!Double.isNaN(r.throughput())
            && (r.name().startsWith("B1") || r.name().startsWith("B2"))) {
          md.append("- ")
              .append(r.name())
              .append(": ")
              .append(f(r.throughput() / b0.throughput(), "%.2f"))
              .append('\n');
        }
      }
    }
    md.append("\nThe SQL of each floor:\n\n");
    for (Floors.Floor fl : bench.floors) {
      md.append("<details><summary>")
          .append(fl.name())
          .append("</summary>\n\n```sql\n")
          .append(fl.script())
          .append("```\n</details>\n\n");
    }
    md.append("\n## Targets missed: causes and next fixes\n\n");
    List<String[]> causes = causes(Path.of(System.getProperty("bench.causes", "bench/CAUSES.md")));
    boolean any = false;
    for (Row r : bench.rows) {
      if (Boolean.FALSE.equals(r.met())) {
        any = true;
        md.append("- **").append(r.name()).append("** (target ").append(r.target()).append(")");
        String[] cause = cause(causes, r.name());
        if (cause == null) {
          md.append(": cause not analysed yet (no line for it in bench/CAUSES.md).\n");
        } else {
          md.append(": ").append(cause[1]).append(" **Next fix:** ").append(cause[2]).append("\n");
        }
      }
    }
    if (!any) {
      md.append("None.\n");
    }
    md.append(
        "\nCauses come from bench/CAUSES.md (the analysis of the latest runs, kept by hand);"
            + " the evidence behind them is in bench/README.md.\n\n"
            + "Latency plots: `bench/results/results.html`; percentile files: `bench/results/*.hgrm`.\n");
    Files.writeString(out.resolve("RESULTS.md"), md.toString());
    writeHistograms(bench.rows, out.resolve("results"));
    System.out.println("Wrote " + out.resolve("RESULTS.md"));
  }

  /**
   * The rows of the table in {@code file}: {@code | scenario prefix | cause | next fix |}; none
   * when the file is missing.
   */
  static List<String[]> causes(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String[]> rows = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.trim().split("\\s*\\|\\s*");
      // "| a | b | c |" splits into "", a, b, c
      if (cells.length == 4
          && cells[0].isEmpty()
          && !cells[1].isEmpty()
          && !cells[1].startsWith("---")
          && !cells[1].equals("Scenario")) {
        rows.add(new String[] {cells[1], cells[2], cells[3]});
      }
    }
    return rows;
  }

  /** The cause whose scenario prefix is the longest one {@code name} starts with. */
  static String[] cause(List<String[]> causes, String name) {
    String[] best = null;
    for (String[] c : causes) {
      if (name.startsWith(c[0]) && (best == null || c[0].length() > best[0].length())) {
        best = c;
      }
    }
    return best;
  }

  private static Row matching(List<Row> rows, String floor) {
    if (floor.startsWith("B1 all, deep page (cursor)")) {
      return rows.stream().filter(r -> r.name().endsWith("by cursor")).findFirst().orElse(null);
    }
    String key =
        floor.startsWith("B1 all, page 1")
            ? "B1 list all, page 1"
            : floor.startsWith("B1 all, deep")
                ? "B1 list all, deep"
                : floor.startsWith("B1 unread")
                    ? "B1 list unread"
                    : floor.startsWith("B2 newest") ? "B2 messages, newest" : "B2 messages, deep";
    return rows.stream().filter(r -> r.name().startsWith(key)).findFirst().orElse(null);
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

  private static void writeHistograms(List<Row> rows, Path dir) throws IOException {
    StringBuilder svg = new StringBuilder();
    int w = 900, h = 480, left = 60, bottom = 40;
    String[] colors = {
      "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
      "#bcbd22", "#17becf", "#000000", "#aa0000", "#00aa00", "#0000aa", "#aaaa00", "#00aaaa"
    };
    double maxMs = 1;
    for (Row r : rows) {
      if (r.histogram() != null && r.histogram().getTotalCount() > 0) {
        maxMs = Math.max(maxMs, r.histogram().getMaxValue() / 1000.0);
      }
    }
    double logMax = Math.log10(maxMs * 2);
    double logMin = -1; // 0.1 ms
    double xMax = 5; // 99.999 %
    svg.append("<svg xmlns='http://www.w3.org/2000/svg' width='")
        .append(w + 320)
        .append("' height='")
        .append(h)
        .append("' font-family='sans-serif' font-size='11'>\n");
    for (double p : new double[] {0, 1, 2, 3, 4, 5}) {
      double x = left + p / xMax * (w - left);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1='%.0f' y1='0' x2='%.0f' y2='%d' stroke='#ddd'/>",
              x,
              x,
              h - bottom));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x='%.0f' y='%d'>%s</text>\n",
              x - 10,
              h - bottom + 15,
              new String[] {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%"}[(int) p]));
    }
    for (int e = -1; e <= (int) Math.ceil(logMax); e++) {
      double y = (h - bottom) - (e - logMin) / (logMax - logMin) * (h - bottom);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1='%d' y1='%.0f' x2='%d' y2='%.0f' stroke='#ddd'/><text x='2' y='%.0f'>%s ms</text>\n",
              left,
              y,
              w,
              y,
              y + 4,
              e < 0 ? "0.1" : String.valueOf((long) Math.pow(10, e))));
    }
    int i = 0;
    int n = 0;
    for (Row r : rows) {
      if (r.histogram() == null || r.histogram().getTotalCount() == 0) {
        continue;
      }
      String file =
          String.format(
              Locale.ROOT,
              "%02d-%s.hgrm",
              ++n,
              r.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", ""));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      r.histogram()
          .outputPercentileDistribution(
              new PrintStream(bytes, true, StandardCharsets.UTF_8), 5, 1000.0);
      Files.write(dir.resolve(file), bytes.toByteArray());
      String color = colors[i++ % colors.length];
      StringBuilder points = new StringBuilder();
      for (double q = 0; q <= 4.99; q += 0.05) {
        double pct = 100 * (1 - Math.pow(10, -q));
        double ms = Math.max(0.1, r.histogram().getValueAtPercentile(pct) / 1000.0);
        double x = left + q / xMax * (w - left);
        double y = (h - bottom) - (Math.log10(ms) - logMin) / (logMax - logMin) * (h - bottom);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      svg.append("<polyline fill='none' stroke='")
          .append(color)
          .append("' stroke-width='1.5' points='")
          .append(points)
          .append("'/>\n");
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x='%d' y='%d' fill='%s'>%s</text>\n",
              w + 10,
              14 + 14 * (i - 1),
              color,
              escape(r.name())));
    }
    svg.append("</svg>\n");
    String html =
        "<!doctype html><html><head><meta charset='utf-8'><title>Chat Inbox benchmark</title></head><body>"
            + "<h1>Latency by percentile</h1><p>Open model: latency from each request's due time (B5: from the webhook request to the WebSocket frame). Log scales. Figures: RESULTS.md.</p>"
            + svg
            + "</body></html>\n";
    Files.writeString(dir.resolve("results.html"), html);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static List<String> names(List<Row> rows) {
    List<String> names = new ArrayList<>();
    rows.forEach(r -> names.add(r.name()));
    return names;
  }
}
