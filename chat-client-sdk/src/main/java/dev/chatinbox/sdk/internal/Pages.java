package dev.chatinbox.sdk.internal;

import dev.chatinbox.sdk.Page;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Walks a paged list endpoint lazily: the next page is fetched when the current one is used up. */
public final class Pages {
  private Pages() {}

  /** Every item of every page, from page 1, fetching {@code pageSize} items per request. */
  public static <T> Stream<T> stream(IntFunction<Page<T>> fetch) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(fetch), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The same walk as an iterator. */
  public static <T> Iterator<T> iterator(IntFunction<Page<T>> fetch) {
    return new Iterator<>() {
      private Page<T> current;
      private int index;

      @Override
      public boolean hasNext() {
        while (current == null || index >= current.items().size()) {
          if (current != null && (!current.hasMore() || current.items().isEmpty())) {
            return false;
          }
          current = fetch.apply(current == null ? 1 : current.page() + 1);
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.items().get(index++);
      }
    };
  }
}
