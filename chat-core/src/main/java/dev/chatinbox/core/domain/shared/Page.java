package dev.chatinbox.core.domain.shared;

import java.util.List;

/**
 * One page of results and the total number of matching rows.
 *
 * @param items the rows of this page
 * @param total rows matching the query across all pages
 * @param request the page asked for
 */
public record Page<T>(List<T> items, long total, PageRequest request) {
  public Page {
    items = List.copyOf(items);
  }

  /** Number of pages the total fills (0 when nothing matches). */
  public int totalPages() {
    return (int) ((total + request.pageSize() - 1) / request.pageSize());
  }

  /** Whether rows exist after this page. */
  public boolean hasMore() {
    return (long) request.offset() + items.size() < total;
  }
}
