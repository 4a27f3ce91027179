package dev.chatinbox.core.domain.shared;

import java.util.List;
import java.util.Optional;

/**
 * One page of results, the total number of matching rows, and how to continue.
 *
 * @param items the rows of this page
 * @param total rows matching the query across all pages: exact when {@code totalExact}, else an
 *     estimate from the database's statistics (large results are not counted row by row on every
 *     request), never below the rows known to exist
 * @param request the page asked for
 * @param totalExact whether {@code total} was counted
 * @param more whether rows exist after this page (always exact: one row beyond the page is read)
 * @param next an opaque continuation token for keyset paging, when the list offers one and {@code
 *     more} holds
 */
public record Page<T>(
    List<T> items,
    long total,
    PageRequest request,
    boolean totalExact,
    boolean more,
    Optional<String> next) {
  public Page {
    items = List.copyOf(items);
  }

  /** A page whose total is exact and that has no continuation token. */
  public Page(List<T> items, long total, PageRequest request) {
    this(
        items,
        total,
        request,
        true,
        (long) request.offset() + items.size() < total,
        Optional.empty());
  }

  /** The same page with other items (e.g. entities turned into views), all else kept. */
  public <U> Page<U> withItems(List<U> others) {
    return new Page<>(others, total, request, totalExact, more, next);
  }

  /** Number of pages the total fills (0 when nothing matches). */
  public int totalPages() {
    return (int) ((total + request.pageSize() - 1) / request.pageSize());
  }

  /** Whether rows exist after this page. */
  public boolean hasMore() {
    return more;
  }
}
