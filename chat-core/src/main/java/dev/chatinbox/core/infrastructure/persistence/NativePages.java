package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page from native SQL — entities, or rows mapped straight into views: the page query reads one
 * row beyond the page (so whether more follow is always exact), and the total comes from {@link
 * PageTotals} — counted when small, estimated and remembered briefly when large, and not queried at
 * all when the first page holds the whole result.
 */
final class NativePages {
  private NativePages() {}

  /** Reads a page's rows: the statement, and its values by placeholder number. */
  interface Fetch<T> {
    List<T> rows(String sql, List<Object> values);
  }

  /** Rows as managed entities of {@code type} (for repositories whose callers change them). */
  static <T> Fetch<T> entities(EntityManager em, Class<T> type) {
    return (sql, values) -> {
      Query query = em.createNativeQuery(sql, type);
      for (int i = 0; i < values.size(); i++) {
        query.setParameter(i + 1, values.get(i));
      }
      @SuppressWarnings("unchecked")
      List<T> rows = query.getResultList();
      return rows;
    };
  }

  /** Rows turned into {@code T} by {@code mapper}: no managed entity. */
  static <T> Fetch<T> mapped(NativeRows sql, Function<Object[], T> mapper) {
    return (statement, values) -> sql.rows(statement, values).stream().map(mapper).toList();
  }

  /**
   * A native list query.
   *
   * @param fetch how its rows are read
   * @param select the selected columns, e.g. {@code "SELECT c.*"}
   * @param from the FROM part with its joins, e.g. {@code " FROM conversations c"}; its own
   *     placeholders, if any, are numbered {@code ?1 … ?n} by the caller
   * @param fromValues the values of those placeholders, bound before those of {@code where}
   * @param where the conditions of the whole list (its total counts them)
   * @param orderBy the ORDER BY part, e.g. {@code " ORDER BY c.sort_at DESC, c.id DESC"}
   * @param exactTotalLimit up to how many rows the total is counted exactly ({@link
   *     PageTotals#CONFIGURED}: the installation's setting)
   */
  record ListQuery<T>(
      Fetch<T> fetch,
      String select,
      String from,
      List<Object> fromValues,
      SqlWhere where,
      String orderBy,
      int exactTotalLimit) {
    ListQuery {
      fromValues = List.copyOf(fromValues);
    }

    /** A list whose FROM part binds no value, its total counted as the installation says. */
    ListQuery(Fetch<T> fetch, String select, String from, SqlWhere where, String orderBy) {
      this(fetch, select, from, List.of(), where, orderBy, PageTotals.CONFIGURED);
    }
  }

  /** A page at the request's offset. */
  static <T> Page<T> page(NativeRows sql, PageTotals totals, ListQuery<T> list, PageRequest page) {
    return page(sql, totals, list, page, row -> null);
  }

  /**
   * A page at the request's offset that also offers a continuation token, made by {@code token}
   * from the page's last row.
   */
  static <T> Page<T> page(
      NativeRows sql,
      PageTotals totals,
      ListQuery<T> list,
      PageRequest page,
      Function<T, String> token) {
    return read(sql, totals, list, Optional.empty(), page, token);
  }

  /**
   * A page that starts after a keyset position: {@code after} is the list's conditions plus the
   * position's; the total is still that of the whole list.
   */
  static <T> Page<T> after(
      NativeRows sql,
      PageTotals totals,
      ListQuery<T> list,
      SqlWhere after,
      PageRequest page,
      Function<T, String> token) {
    return read(sql, totals, list, Optional.of(after), page, token);
  }

  private static <T> Page<T> read(
      NativeRows sql,
      PageTotals totals,
      ListQuery<T> list,
      Optional<SqlWhere> after,
      PageRequest page,
      Function<T, String> token) {
    boolean keyset = after.isPresent();
    SqlWhere pageWhere = after.orElse(list.where());
    int offset = keyset ? 0 : page.offset();
    int bound = list.fromValues().size();
    String clause = pageWhere.render(bound + 1);
    int limit = bound + pageWhere.size() + 1;
    List<Object> values = new ArrayList<>(list.fromValues());
    values.addAll(pageWhere.values());
    values.add(page.pageSize() + 1);
    values.add(offset);
    List<T> read =
        list.fetch()
            .rows(
                list.select()
                    + list.from()
                    + clause
                    + list.orderBy()
                    + " LIMIT ?"
                    + limit
                    + " OFFSET ?"
                    + (limit + 1),
                values);
    boolean more = read.size() > page.pageSize();
    List<T> rows = more ? read.subList(0, page.pageSize()) : read;
    // rows known to exist: those read, and (offset paging) the ones skipped to reach them
    long known = keyset || rows.isEmpty() ? rows.size() : (long) offset + rows.size();
    PageTotals.Total total;
    if (!keyset && !more && (offset == 0 || !rows.isEmpty())) {
      total = new PageTotals.Total(known, true); // the last page: everything is known
    } else {
      total = totals.of(sql, list.from(), list.fromValues(), list.where(), list.exactTotalLimit());
    }
    long value = Math.max(total.value(), known + (more ? 1 : 0));
    boolean exact = total.exact() && value == total.value();
    Optional<String> next =
        more ? Optional.ofNullable(token.apply(rows.get(rows.size() - 1))) : Optional.empty();
    return new Page<>(rows, value, page, exact, more, next);
  }
}
