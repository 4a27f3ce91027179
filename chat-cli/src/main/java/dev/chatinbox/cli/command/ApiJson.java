package dev.chatinbox.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code --json} prints for list and show commands: the API's own {@code data}, as the server
 * answered it ({@code ChatClient.raw()}), so that a script written against the API reference works
 * on the CLI's output — a list is {@code {"data": [...], "meta": {...}}}, field names as the API
 * spells them. With {@code --all} every page's items are in one {@code data} array (no {@code
 * meta}).
 */
final class ApiJson {
  private ApiJson() {}

  /** In JSON mode, prints {@code GET path?query}'s data and answers true; else false. */
  static boolean print(Base command, String path, Map<String, ?> query) {
    if (!command.out().json()) {
      return false;
    }
    command.out().printJson(command.client().raw().get(path, query));
    return true;
  }

  /** In JSON mode, prints one page of a list (or every page with {@code --all}); else false. */
  static boolean printList(Base command, PageOptions paging, String path, Map<String, ?> query) {
    if (!command.out().json()) {
      return false;
    }
    if (!paging.all) {
      command.out().printJson(command.client().raw().get(path, page(query, paging.page, paging)));
      return true;
    }
    List<Object> items = new ArrayList<>();
    for (int page = 1; ; page++) {
      Object data = command.client().raw().get(path, page(query, page, paging));
      if (!(data instanceof Map<?, ?> list) || !(list.get("data") instanceof List<?> found)) {
        break;
      }
      items.addAll(found);
      if (found.isEmpty() || !more(list.get("meta"), page)) {
        break;
      }
    }
    command.out().printJson(Map.of("data", items));
    return true;
  }

  private static Map<String, Object> page(Map<String, ?> query, int page, PageOptions paging) {
    Map<String, Object> all = new LinkedHashMap<>(query);
    all.put("page", page);
    all.put("pageSize", paging.pageSize);
    return all;
  }

  /** Whether a page's meta says another page follows ({@code hasMore}, or {@code totalPages}). */
  private static boolean more(Object meta, int page) {
    if (!(meta instanceof Map<?, ?> m)) {
      return false;
    }
    if (m.get("hasMore") instanceof Boolean hasMore) {
      return hasMore;
    }
    return m.get("totalPages") instanceof Number pages && page < pages.intValue();
  }
}
