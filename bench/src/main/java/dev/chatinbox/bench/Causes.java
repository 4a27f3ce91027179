package dev.chatinbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-kept table of bench/CAUSES.md: {@code | scenario prefix | cause | next fix |}; a missed
 * target is explained by the row whose prefix is the longest one its scenario's name starts with.
 */
final class Causes {
  /** One row of the table. */
  record Cause(String prefix, String cause, String nextFix) {}

  private final List<Cause> rows;

  private Causes(List<Cause> rows) {
    this.rows = rows;
  }

  /** The rows of the table in {@code file}; none when the file is missing. */
  static Causes read(Path file) throws IOException {
    List<Cause> rows = new ArrayList<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        String[] cells = line.trim().split("\\s*\\|\\s*");
        // "| a | b | c |" splits into "", a, b, c
        if (cells.length == 4
            && cells[0].isEmpty()
            && !cells[1].isEmpty()
            && !cells[1].startsWith("---")
            && !cells[1].equals("Scenario")) {
          rows.add(new Cause(cells[1], cells[2], cells[3]));
        }
      }
    }
    return new Causes(rows);
  }

  /** The cause whose scenario prefix is the longest one {@code name} starts with, or null. */
  Cause of(String name) {
    Cause best = null;
    for (Cause c : rows) {
      if (name.startsWith(c.prefix())
          && (best == null || c.prefix().length() > best.prefix().length())) {
        best = c;
      }
    }
    return best;
  }
}
