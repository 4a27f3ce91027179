package dev.chatinbox.sdk;

import java.util.List;

/**
 * One page of a list endpoint. {@code total} is -1 where the endpoint does not count (never the
 * case today). Use the groups' {@code stream(...)} methods to walk every page instead.
 *
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int pageSize, long total, boolean hasMore) {
  public Page {
    items = List.copyOf(items);
  }
}
