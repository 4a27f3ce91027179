package dev.chatinbox.core.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page reports the number of pages its total fills and whether rows follow it. */
class PageTest {
  private static Page<Integer> page(int page, int pageSize, int items, long total) {
    return new Page<>(Collections.nCopies(items, 0), total, new PageRequest(page, pageSize));
  }

  @ParameterizedTest
  @CsvSource({
    "0, 50, 0",
    "1, 50, 1",
    "49, 50, 1",
    "50, 50, 1",
    "51, 50, 2",
    "100, 50, 2",
    "101, 50, 3",
    "5, 1, 5",
    "1999800, 200, 9999",
    "1999801, 200, 10000"
  })
  void totalPagesRoundsUp(long total, int pageSize, int pages) {
    assertEquals(pages, new Page<>(List.of(), total, new PageRequest(1, pageSize)).totalPages());
  }

  @Test
  void emptyResultHasNoPagesAndNothingMore() {
    Page<Integer> empty = page(1, 50, 0, 0);
    assertEquals(0, empty.totalPages());
    assertFalse(empty.hasMore());
  }

  @Test
  void hasMoreAtTheEdges() {
    assertTrue(page(1, 2, 2, 5).hasMore(), "rows 1-2 of 5");
    assertTrue(page(2, 2, 2, 5).hasMore(), "rows 3-4 of 5");
    assertFalse(page(3, 2, 1, 5).hasMore(), "row 5 of 5");
    assertFalse(page(1, 5, 5, 5).hasMore(), "a full page that is all there is");
    assertTrue(page(1, 5, 5, 6).hasMore(), "one row left over");
    assertFalse(page(9, 2, 0, 5).hasMore(), "beyond the last page");
  }

  @Test
  void itemsAreAnImmutableCopy() {
    List<String> rows = new ArrayList<>(List.of("a", "b"));
    Page<String> page = new Page<>(rows, 2, new PageRequest(1, 50));
    rows.add("c");
    assertEquals(List.of("a", "b"), page.items());
    assertThrows(UnsupportedOperationException.class, () -> page.items().add("d"));
  }
}
