package dev.chatinbox.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Targets on ratios, written as {@code ≥ 0.5}: judged, or null where there is none. */
final class Ratios {
  private static final Pattern AT_LEAST = Pattern.compile("≥ ([0-9.]+)");

  private Ratios() {}

  static Boolean judged(String target, double ratio) {
    Matcher m = AT_LEAST.matcher(target);
    if (!m.find() || Double.isNaN(ratio)) {
      return null;
    }
    return ratio >= Double.parseDouble(m.group(1));
  }
}
