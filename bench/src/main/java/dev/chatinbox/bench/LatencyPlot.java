package dev.chatinbox.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One HdrHistogram {@code .hgrm} percentile file per scenario and {@code results.html}: the latency
 * distributions plotted as SVG (latency by percentile, log scales).
 */
final class LatencyPlot {
  private LatencyPlot() {}

  static void write(List<Row> rows, Path dir) throws IOException {
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
}
