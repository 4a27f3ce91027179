package dev.chatinbox.bench;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * One scenario line of RESULTS.md: rates, latency percentiles (ms), errors by outcome, the server's
 * CPU, the generator's own CPU (the harness JVM, % of one core), the machine's, peak RSS, and
 * whether the target was met (null: no target to judge).
 */
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
    double generatorCpu,
    double machine,
    double peakRss,
    Histogram histogram,
    String extra,
    Boolean met) {
  private static final Pattern MIN_RATE = Pattern.compile("≥ (\\d+)/s");
  private static final Pattern MAX_P99 = Pattern.compile("p99 ≤ (\\d+) ms");

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
            w.generatorCpuPercent(),
            w.machinePercent(),
            w.peakRssMiB(),
            r.latencyMicros(),
            "",
            null);
    return row.judged(row.throughput(), row.p99());
  }

  static Row b7(
      double firstOkSeconds,
      double serverCpuSeconds,
      double machineBusyPercent,
      double rssAtStart,
      double idleRss) {
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
        Double.NaN,
        idleRss,
        null,
        String.format(
            Locale.ROOT,
            "first 200 after %.2f s (from `server start`; the server JVM used %.1f s of CPU until"
                + " then, the machine was %.0f %% busy); RSS %.0f MiB at first 200, %.0f MiB idle",
            firstOkSeconds,
            serverCpuSeconds,
            machineBusyPercent,
            rssAtStart,
            idleRss),
        met);
  }

  /** B5's figures, as {@link Fanout} measured them. */
  record FanoutFigures(
      long connected,
      long expected,
      long delivered,
      long duplicates,
      long closed,
      long reconnects,
      String closeCodes,
      double framesPerSecond) {}

  static Row b5(OpenLoad.Result writes, Histogram delivery, ProcStats.Window w, FanoutFigures f) {
    double deliveriesPerSecond = f.delivered() / writes.seconds();
    double p99 = percentile(delivery, 99);
    long lost = f.expected() - f.delivered();
    boolean met = deliveriesPerSecond >= 10_000 && p99 <= 150 && lost == 0;
    return new Row(
        "B5 WebSocket fan-out: signed inbound SMS → every subscribed client",
        "10000 deliveries/s to 2000 clients, p99 ≤ 150 ms, 0 lost",
        writes.offeredPerSecond(),
        deliveriesPerSecond,
        f.delivered(),
        lost + writes.errors(),
        writes.outcomes(),
        percentile(delivery, 50),
        p99,
        percentile(delivery, 99.9),
        delivery.getTotalCount() == 0 ? Double.NaN : delivery.getMaxValue() / 1000.0,
        w.cpuPercent(),
        w.generatorCpuPercent(),
        w.machinePercent(),
        w.peakRssMiB(),
        delivery,
        String.format(
            Locale.ROOT,
            "%d clients subscribed; %d marked messages written (%d ok, webhook p99 %.1f ms);"
                + " new_message deliveries expected %d, delivered %d, **lost %d**, duplicates %d;"
                + " connections closed by the server %d (close codes %s; reconnected with since"
                + " %d); all frames %.0f/s",
            f.connected(),
            writes.due(),
            writes.ok(),
            writes.percentileMs(99),
            f.expected(),
            f.delivered(),
            lost,
            f.duplicates(),
            f.closed(),
            f.closeCodes(),
            f.reconnects(),
            f.framesPerSecond()),
        met);
  }

  /** B8's figures, as {@link Webhooks} measured them (the four live endpoints together). */
  record WebhookFigures(
      long events,
      double producedPerSecond,
      double slowestEndpointPerSecond,
      long delivered,
      long lost,
      long duplicates,
      long outOfOrder,
      long failingEndpointTries) {}

  static Row b8(OpenLoad.Result writes, Histogram lagMicros, ProcStats.Window w, WebhookFigures f) {
    double p99 = percentile(lagMicros, 99);
    double keptUp = f.slowestEndpointPerSecond() / Math.max(1e-9, f.producedPerSecond());
    boolean met =
        f.producedPerSecond() >= 980
            && keptUp >= 0.98
            && p99 <= 1000
            && f.lost() == 0
            && f.outOfOrder() == 0;
    return new Row(
        Webhooks.NAME,
        "1000 events/s to 5 endpoints (one failing), p99 lag ≤ 1 s, 0 lost, 0 out of order",
        f.producedPerSecond(),
        f.slowestEndpointPerSecond(),
        f.delivered(),
        f.lost() + f.outOfOrder() + writes.errors(),
        writes.outcomes(),
        percentile(lagMicros, 50),
        p99,
        percentile(lagMicros, 99.9),
        lagMicros.getTotalCount() == 0 ? Double.NaN : lagMicros.getMaxValue() / 1000.0,
        w.cpuPercent(),
        w.generatorCpuPercent(),
        w.machinePercent(),
        w.peakRssMiB(),
        lagMicros,
        String.format(
            Locale.ROOT,
            "%d change-log events produced (%.0f/s by %d webhook requests, %d ok, p99 %.1f ms);"
                + " latency = lag from the event's timestamp to its arrival; the slowest live"
                + " endpoint received %.0f/s (%.2f of the rate produced); deliveries to the 4 live"
                + " endpoints %d, **lost %d**, **out of order %d**, duplicates %d; the endpoint"
                + " answering 500 was tried %d times",
            f.events(),
            f.producedPerSecond(),
            writes.due(),
            writes.ok(),
            writes.percentileMs(99),
            f.slowestEndpointPerSecond(),
            keptUp,
            f.delivered(),
            f.lost(),
            f.outOfOrder(),
            f.duplicates(),
            f.failingEndpointTries()),
        met);
  }

  private static double percentile(Histogram h, double p) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(p) / 1000.0;
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
        generatorCpu,
        machine,
        peakRss,
        histogram,
        extra,
        verdict);
  }

  String line() {
    return String.format(
        Locale.ROOT,
        "%-60s offered %7.0f/s ok %8.1f/s p50 %8.1f p99 %8.1f p99.9 %8.1f ms errors %d %s cpu %.0f%%"
            + " generator %.0f%% rss %.0f MiB",
        name,
        offered,
        throughput,
        p50,
        p99,
        p999,
        errors,
        outcomes,
        cpu,
        generatorCpu,
        peakRss);
  }
}
