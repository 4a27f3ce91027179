package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * One page of entities from native SQL, with its total: the page query with {@code LIMIT/OFFSET}
 * after the WHERE clause's values, and a {@code COUNT(*)} over the same FROM and WHERE — skipped
 * when the first page already holds the whole result.
 */
final class NativePages {
  private NativePages() {}

  /**
   * @param select the selected columns, e.g. {@code "SELECT c.*"}
   * @param from the FROM part with its joins, e.g. {@code " FROM conversations c"}
   * @param orderBy the ORDER BY part, e.g. {@code " ORDER BY c.sort_at DESC, c.id DESC"}
   */
  static <T> Page<T> page(
      EntityManager em,
      Class<T> type,
      String select,
      String from,
      SqlWhere where,
      String orderBy,
      PageRequest page) {
    String clause = where.render();
    int limit = where.size() + 1;
    Query query =
        em.createNativeQuery(
            select + from + clause + orderBy + " LIMIT ?" + limit + " OFFSET ?" + (limit + 1),
            type);
    where.bind(query);
    query.setParameter(limit, page.pageSize());
    query.setParameter(limit + 1, page.offset());
    @SuppressWarnings("unchecked")
    List<T> rows = query.getResultList();
    long total;
    if (page.page() == 1 && rows.size() < page.pageSize()) {
      total = rows.size(); // the whole result fits on the first page: no count query needed
    } else {
      Query count = em.createNativeQuery("SELECT COUNT(*)" + from + clause);
      where.bind(count);
      total = ((Number) count.getSingleResult()).longValue();
    }
    return new Page<>(rows, total, page);
  }
}
