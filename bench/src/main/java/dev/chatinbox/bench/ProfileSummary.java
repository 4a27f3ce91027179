package dev.chatinbox.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A profile's collapsed stacks ({@code frame;frame;…;leaf count} per line) in a few lines for
 * RESULTS.md: the samples, the share of the JVM's own native threads (JIT compilers, GC), the
 * frames of our code ({@code dev/chatinbox/}, not CDI's proxies of it) that hold the most samples
 * with what they call, and the frames that spend the most themselves.
 */
final class ProfileSummary {
  private static final String OURS = "dev/chatinbox/";

  /** CDI's generated proxies repeat the frame they call: left out of "our frames". */
  private static final String WELD_PROXY = "$Proxy$_$$_Weld";

  private ProfileSummary() {}

  static String of(String collapsed, int top) {
    long total = 0;
    long jvmThreads = 0;
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> self = new HashMap<>();
    for (String line : collapsed.split("\n")) {
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      long count = Long.parseLong(line.substring(space + 1).trim());
      String[] frames = line.substring(0, space).split(";");
      total += count;
      if (frames[0].equals("clone3") || frames[0].equals("start_thread")) {
        jvmThreads += count;
      }
      self.merge(frames[frames.length - 1], count, Long::sum);
      Set<String> seen = new HashSet<>();
      for (String frame : frames) {
        if (frame.startsWith(OURS) && !frame.contains(WELD_PROXY) && seen.add(frame)) {
          inclusive.merge(frame, count, Long::sum);
        }
      }
    }
    if (total == 0) {
      return "no samples";
    }
    return String.format(
        Locale.ROOT,
        "%d samples; JVM native threads (JIT compilers, GC) %.0f %%. Our frames, with what they call: %s."
            + " Most self time: %s.",
        total,
        100.0 * jvmThreads / total,
        top(inclusive, total, top),
        top(self, total, top));
  }

  private static String top(Map<String, Long> samples, long total, int top) {
    List<Map.Entry<String, Long>> sorted =
        samples.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
            .limit(top)
            .toList();
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Long> e : sorted) {
      s.append(s.length() == 0 ? "" : ", ")
          .append('`')
          .append(e.getKey().replace('/', '.'))
          .append("` ")
          .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * e.getValue() / total));
    }
    return s.length() == 0 ? "none" : s.toString();
  }
}
