package dev.chatinbox.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotesCommasLineBreaksAndLineNumbers() throws Exception {
    String text =
        "fullName,email,phone\n"
            + "Ada,ada@example.com,\n"
            + "\n"
            + "\"Hopper, Grace\",\"g\"\"h\"\"@example.com\",+14155550101\n"
            + "\"Two\nLines\",x@example.com,\n"
            + "Last,l@example.com,";
    List<Csv.Row> rows = Csv.read(new BufferedReader(new StringReader(text)));
    assertEquals(5, rows.size());
    assertEquals(List.of("Ada", "ada@example.com", ""), rows.get(1).fields());
    assertEquals(2, rows.get(1).line());
    assertEquals(
        List.of("Hopper, Grace", "g\"h\"@example.com", "+14155550101"), rows.get(2).fields());
    assertEquals(4, rows.get(2).line());
    assertEquals("Two\nLines", rows.get(3).fields().get(0));
    assertEquals(5, rows.get(3).line());
    assertEquals(7, rows.get(4).line());
  }
}
