package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of entities from native SQL: the page query reads one row beyond the page (so whether
 * more follow is always exact), and the total comes from {@link PageTotals} — counted when small,
 * estimated and remembered briefly when large, and not queried at all when the first page holds the
 * whole result.
 */
final class NativePages {
  private NativePages() {}

  /**
   * A native list query.
   *
   * @param select the selected columns, e.g. {@code "SELECT c.*"}
   * @param from the FROM part with its joins, e.g. {@code " FROM conversations c"}
   * @param where the conditions of the whole list (its total counts them)
   * @param orderBy the ORDER BY part, e.g. {@code " ORDER BY c.sort_at DESC, c.id DESC"}
   */
  record ListQuery<T>(Class<T> type, String select, String from, SqlWhere where, String orderBy) {}

  /** A page at the request's offset. */
  static <T> Page<T> page(
      EntityManager em, PageTotals totals, ListQuery<T> list, PageRequest page) {
    return page(em, totals, list, page, row -> null);
  }

  /**
   * A page at the request's offset that also offers a continuation token, made by {@code token}
   * from the page's last row.
   */
  static <T> Page<T> page(
      EntityManager em,
      PageTotals totals,
      ListQuery<T> list,
      PageRequest page,
      Function<T, String> token) {
    return read(em, totals, list, Optional.empty(), page, token);
  }

  /**
   * A page that starts after a keyset position: {@code after} is the list's conditions plus the
   * position's; the total is still that of the whole list.
   */
  static <T> Page<T> after(
      EntityManager em,
      PageTotals totals,
      ListQuery<T> list,
      SqlWhere after,
      PageRequest page,
      Function<T, String> token) {
    return read(em, totals, list, Optional.of(after), page, token);
  }

  private static <T> Page<T> read(
      EntityManager em,
      PageTotals totals,
      ListQuery<T> list,
      Optional<SqlWhere> after,
      PageRequest page,
      Function<T, String> token) {
    boolean keyset = after.isPresent();
    SqlWhere pageWhere = after.orElse(list.where());
    int offset = keyset ? 0 : page.offset();
    String clause = pageWhere.render();
    int limit = pageWhere.size() + 1;
    Query query =
        em.createNativeQuery(
            list.select()
                + list.from()
                + clause
                + list.orderBy()
                + " LIMIT ?"
                + limit
                + " OFFSET ?"
                + (limit + 1),
            list.type());
    pageWhere.bind(query);
    query.setParameter(limit, page.pageSize() + 1);
    query.setParameter(limit + 1, offset);
    @SuppressWarnings("unchecked")
    List<T> read = query.getResultList();
    boolean more = read.size() > page.pageSize();
    List<T> rows = more ? read.subList(0, page.pageSize()) : read;
    // rows known to exist: those read, and (offset paging) the ones skipped to reach them
    long known = keyset || rows.isEmpty() ? rows.size() : (long) offset + rows.size();
    PageTotals.Total total;
    if (!keyset && !more && (offset == 0 || !rows.isEmpty())) {
      total = new PageTotals.Total(known, true); // the last page: everything is known
    } else {
      total = totals.of(em, list.from(), list.where());
    }
    long value = Math.max(total.value(), known + (more ? 1 : 0));
    boolean exact = total.exact() && value == total.value();
    Optional<String> next =
        more ? Optional.ofNullable(token.apply(rows.get(rows.size() - 1))) : Optional.empty();
    return new Page<>(rows, value, page, exact, more, next);
  }
}
