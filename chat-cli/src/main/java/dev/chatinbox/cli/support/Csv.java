package dev.chatinbox.cli.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: commas, double-quoted fields with doubled quotes and embedded line
 * breaks. Each record keeps the line number it starts on, for error reports.
 */
public final class Csv {
  /** One record and the (1-based) line it starts on. */
  public record Row(int line, List<String> fields) {}

  private Csv() {}

  public static List<Row> read(BufferedReader in) throws IOException {
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      int start = lineNo;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      while (true) {
        if (i >= line.length()) {
          if (quoted) {
            String next = in.readLine();
            if (next == null) {
              throw new IOException("line " + start + ": unterminated quoted field");
            }
            lineNo++;
            field.append('\n');
            line = next;
            i = 0;
            continue;
          }
          break;
        }
        char c = line.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      if (!(fields.size() == 1 && fields.get(0).isBlank())) {
        rows.add(new Row(start, fields));
      }
    }
    return rows;
  }
}
