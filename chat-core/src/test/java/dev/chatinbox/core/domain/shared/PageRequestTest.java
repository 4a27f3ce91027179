package dev.chatinbox.core.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page request accepts page 1..10000 and pageSize 1..200 and knows how many rows precede it. */
class PageRequestTest {
  @ParameterizedTest
  @CsvSource({"1, 1", "1, 200", "10000, 1", "10000, 200", "3, 50"})
  void acceptsBounds(int page, int pageSize) {
    PageRequest request = new PageRequest(page, pageSize);
    assertEquals(page, request.page());
    assertEquals(pageSize, request.pageSize());
  }

  @ParameterizedTest
  @CsvSource({"0, 50", "-1, 50", "10001, 50", "2147483647, 50", "1, 0", "1, -5", "1, 201", "0, 0"})
  void rejectsOutOfBounds(int page, int pageSize) {
    assertThrows(IllegalArgumentException.class, () -> new PageRequest(page, pageSize));
  }

  @Test
  void limitsAreThoseOfTheSpec() {
    assertEquals(50, PageRequest.DEFAULT_PAGE_SIZE);
    assertEquals(200, PageRequest.MAX_PAGE_SIZE);
    assertEquals(10_000, PageRequest.MAX_PAGE);
  }

  @ParameterizedTest
  @CsvSource({"1, 50, 0", "2, 50, 50", "3, 7, 14", "101, 50, 5000", "10000, 200, 1999800"})
  void offsetSkipsThePrecedingPages(int page, int pageSize, int offset) {
    assertEquals(offset, new PageRequest(page, pageSize).offset());
  }
}
