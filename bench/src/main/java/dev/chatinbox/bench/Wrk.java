package dev.chatinbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code wrk} (closed loop: each connection sends its next request when the previous one is
 * answered) for a ceiling in requests per second, with {@code --latency}, and reads its summary.
 * Its own CPU comes from this JVM's cutime/cstime: wrk is the only child that ends during its run.
 */
final class Wrk {
  /** What one wrk run measured; latencies in ms, percentiles by their label ("50%", "99%"). */
  record Output(
      double requestsPerSecond,
      long requests,
      Map<String, Double> percentilesMs,
      double maxMs,
      long non2xx,
      long socketErrors,
      double cpuPercent) {
    double percentileMs(String label) {
      return percentilesMs.getOrDefault(label, Double.NaN);
    }
  }

  private static final String DURATION = "([0-9.]+)(us|ms|s|m)";
  private static final Pattern PERCENTILE =
      Pattern.compile("(?m)^\\s+(\\d+(?:\\.\\d+)?%)\\s+" + DURATION + "\\s*$");
  private static final Pattern LATENCY =
      Pattern.compile("(?m)^\\s+Latency\\s+" + DURATION + "\\s+" + DURATION + "\\s+" + DURATION);
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  private Wrk() {}

  /** Whether {@code wrk} is on the PATH. */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(10, TimeUnit.SECONDS);
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A Lua script that sends {@code requests} (path → headers) in turn, each formatted once: for
   * requests that rotate among users or conversations.
   */
  static String rotating(List<Map.Entry<String, Map<String, String>>> requests) {
    StringBuilder lua = new StringBuilder("local requests = {}\n");
    for (Map.Entry<String, Map<String, String>> r : requests) {
      lua.append("requests[#requests + 1] = wrk.format(\"GET\", \"")
          .append(r.getKey())
          .append("\", {");
      r.getValue()
          .forEach(
              (k, v) -> lua.append("[\"").append(k).append("\"] = \"").append(v).append("\", "));
      lua.append("})\n");
    }
    lua.append("local n = 0\n")
        .append("request = function()\n")
        .append("  n = n + 1\n")
        .append("  return requests[n % #requests + 1]\n")
        .append("end\n");
    return lua.toString();
  }

  /**
   * Runs wrk against {@code url}, with {@code header} (may be null) or the Lua {@code script} (may
   * be null), and reads its summary.
   */
  static Output run(Config.ClosedLoop settings, String url, String header, String script, Path work)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "wrk",
                "--latency",
                "-t",
                Integer.toString(settings.threads()),
                "-c",
                Integer.toString(settings.connections()),
                "-d",
                settings.seconds() + "s",
                "--timeout",
                "10s"));
    if (header != null) {
      command.addAll(List.of("-H", header));
    }
    if (script != null) {
      Path lua = Files.createTempFile(Files.createDirectories(work), "wrk-", ".lua");
      Files.writeString(lua, script);
      command.addAll(List.of("-s", lua.toString()));
    }
    command.add(url);
    long childTicks = ProcStats.endedChildrenCpuTicks();
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(settings.seconds() + 60L, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("wrk did not end: " + out);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu =
        ProcStats.percentOfOneCore(ProcStats.endedChildrenCpuTicks() - childTicks, seconds);
    return parse(out, cpu);
  }

  /** wrk's summary; an output without "Requests/sec" is an error. */
  static Output parse(String out, double cpuPercent) {
    Matcher rate = RATE.matcher(out);
    if (!rate.find()) {
      throw new IllegalStateException("no wrk summary in: " + out.strip());
    }
    Map<String, Double> percentiles = new LinkedHashMap<>();
    Matcher p = PERCENTILE.matcher(out);
    while (p.find()) {
      percentiles.put(p.group(1), millis(p.group(2), p.group(3)));
    }
    Matcher latency = LATENCY.matcher(out);
    double max = latency.find() ? millis(latency.group(5), latency.group(6)) : Double.NaN;
    Matcher requests = REQUESTS.matcher(out);
    Matcher non2xx = NON_2XX.matcher(out);
    Matcher socket = SOCKET.matcher(out);
    long socketErrors = 0;
    if (socket.find()) {
      for (int i = 1; i <= 4; i++) {
        socketErrors += Long.parseLong(socket.group(i));
      }
    }
    return new Output(
        Double.parseDouble(rate.group(1)),
        requests.find() ? Long.parseLong(requests.group(1)) : 0,
        percentiles,
        max,
        non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
        socketErrors,
        cpuPercent);
  }

  private static double millis(String value, String unit) {
    double v = Double.parseDouble(value);
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "us" -> v / 1000;
      case "ms" -> v;
      case "s" -> v * 1000;
      default -> v * 60_000; // m
    };
  }
}
