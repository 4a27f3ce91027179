package dev.chatinbox.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.sdk.internal.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The auto-paging walk: lazy, stops on the last page, survives an empty first page. */
class PagingTest {
  @Test
  void walksEveryPageLazily() {
    List<Integer> fetched = new ArrayList<>();
    List<Integer> all =
        Pages.<Integer>stream(
                page -> {
                  fetched.add(page);
                  int from = (page - 1) * 3;
                  List<Integer> items =
                      IntStream.range(from, Math.min(from + 3, 7)).boxed().toList();
                  return new Page<>(items, page, 3, 7, page < 3);
                })
            .toList();
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), all);
    assertEquals(List.of(1, 2, 3), fetched);

    fetched.clear();
    Pages.<Integer>stream(
            page -> {
              fetched.add(page);
              return new Page<>(List.of(page), page, 1, 100, true);
            })
        .limit(2)
        .toList();
    assertEquals(List.of(1, 2), fetched);
  }

  @Test
  void emptyListIsOneRequest() {
    List<Integer> fetched = new ArrayList<>();
    long n =
        Pages.<Integer>stream(
                page -> {
                  fetched.add(page);
                  return new Page<>(List.of(), page, 50, 0, false);
                })
            .count();
    assertEquals(0, n);
    assertEquals(List.of(1), fetched);
  }
}
