package dev.chatinbox.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY … FROM STDIN} (text format): the
 * fastest way in, an order of magnitude above batched INSERTs.
 */
final class CopyRows implements AutoCloseable {
  private final PGCopyOutputStream stream;
  private final Writer out;
  private boolean first = true;
  private long rows;

  CopyRows(Connection connection, String table, String columns) throws SQLException {
    this.stream =
        new PGCopyOutputStream(
            connection.unwrap(PGConnection.class),
            "COPY " + table + " (" + columns + ") FROM STDIN",
            1 << 16);
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  CopyRows add(Object value) {
    try {
      if (!first) {
        out.write('\t');
      }
      first = false;
      if (value == null) {
        out.write("\\N");
      } else {
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          switch (c) {
            case '\\' -> out.write("\\\\");
            case '\t' -> out.write("\\t");
            case '\n' -> out.write("\\n");
            case '\r' -> out.write("\\r");
            default -> out.write(c);
          }
        }
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void endRow() {
    try {
      out.write('\n');
      first = true;
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close(); // flushes and ends the COPY
  }
}
