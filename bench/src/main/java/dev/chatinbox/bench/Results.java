package dev.chatinbox.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run measured, in the order measured; {@link Report} writes it. */
final class Results {
  final List<Row> rows = new ArrayList<>();
  final Map<String, String> notes = new LinkedHashMap<>();
  final List<String> seedLog = new ArrayList<>();
  final List<Floors.Floor> floors = new ArrayList<>();
  final List<ClosedLoopCeilings.Ceiling> ceilings = new ArrayList<>();
  final List<String> profiles = new ArrayList<>();

  /** Adds a scenario's row and prints it. */
  Row add(Row row) {
    rows.add(row);
    System.out.println(row.line());
    return row;
  }

  /** Adds to a note that several scenarios write ("settling"). */
  void appendNote(String key, String text) {
    notes.merge(key, text, (a, b) -> a + "; " + b);
  }

  /** The first row whose name starts with {@code prefix}, if any. */
  Row row(String prefix) {
    return rows.stream().filter(r -> r.name().startsWith(prefix)).findFirst().orElse(null);
  }
}
