package dev.chatinbox.cli.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/**
 * What a command prints: a human table (bold headers on a colour terminal) or, with {@code --json},
 * one JSON document that scripts can parse. Colour follows picocli's detection (a TTY, no {@code
 * NO_COLOR}), and {@code --no-color} turns it off.
 */
public final class Output {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);
  private static final int MAX_CELL = 48;

  private final PrintWriter out;
  private final boolean json;
  private final Ansi ansi;

  public Output(PrintWriter out, boolean json, Ansi ansi) {
    this.out = out;
    this.json = json;
    this.ansi = ansi;
  }

  public boolean json() {
    return json;
  }

  public Ansi ansi() {
    return ansi;
  }

  /** Prints {@code value} as JSON. */
  public void printJson(Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    out.flush();
  }

  /** Prints {@code value} as one line of JSON (streams: one document per line). */
  public void printJsonLine(Object value) {
    try {
      out.println(
          JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    out.flush();
  }

  /** JSON of {@code value} in JSON mode, else the table. */
  public void print(Object value, List<String> headers, List<List<Object>> rows) {
    if (json) {
      printJson(value);
    } else {
      table(headers, rows);
    }
  }

  /** Key/value lines for one object, or its JSON. */
  public void details(Object value, List<String> keys, List<Object> values) {
    if (json) {
      printJson(value);
      return;
    }
    int width = keys.stream().mapToInt(String::length).max().orElse(0);
    for (int i = 0; i < keys.size(); i++) {
      String key = String.format("%-" + width + "s", keys.get(i));
      out.println(ansi.string("@|bold " + key + "|@") + "  " + text(values.get(i), false));
    }
    out.flush();
  }

  /** A plain message (not printed in JSON mode, where {@code value} is printed instead). */
  public void message(String text, Object value) {
    if (json) {
      printJson(value);
    } else {
      out.println(text);
      out.flush();
    }
  }

  /** Columns padded to their widest cell; long cells are cut. */
  public void table(List<String> headers, List<List<Object>> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : rows) {
      cells.add(row.stream().map(v -> text(v, true)).toList());
    }
    int[] widths = new int[headers.size()];
    for (int i = 0; i < headers.size(); i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : cells) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(ansi.string("@|bold " + line(headers, widths) + "|@"));
    for (List<String> row : cells) {
      out.println(line(row, widths));
    }
    out.flush();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append("  ");
      }
      b.append(
          i == cells.size() - 1
              ? cells.get(i)
              : String.format("%-" + widths[i] + "s", cells.get(i)));
    }
    return b.toString().stripTrailing();
  }

  private static String text(Object value, boolean cut) {
    if (value == null) {
      return "-";
    }
    String s = value.toString().replaceAll("\\s+", " ");
    return cut && s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }
}
