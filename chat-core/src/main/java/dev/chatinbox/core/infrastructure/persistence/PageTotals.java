package dev.chatinbox.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The total of a paged list without counting every matching row on every request. A count walks at
 * most {@code exactLimit + 1} rows; a result that small is counted exactly every time. A larger one
 * gets PostgreSQL's planner estimate (an {@code EXPLAIN}, no rows read), remembered for {@code
 * cacheSeconds} per query and bind values — counting 30,000 visible conversations through the
 * visibility join took ~50–100 ms per request, two orders of magnitude more than the page itself.
 * On the embedded database (small data) larger results are counted exactly and remembered alike.
 */
@ApplicationScoped
public class PageTotals {
  /** Beyond this many remembered totals, expired ones are dropped (then all, if still too many). */
  static final int MAX_REMEMBERED = 10_000;

  /** Counts exactly up to the installation's {@code chat.list.exact-total-limit}. */
  static final int CONFIGURED = -1;

  private static final Pattern PLAN_ROWS = Pattern.compile("rows=(\\d+)");

  private int exactLimit;
  private long cacheNanos;
  private final Map<Key, Remembered> remembered = new ConcurrentHashMap<>();

  protected PageTotals() {}

  @Inject
  public PageTotals(
      @ConfigProperty(name = "chat.list.exact-total-limit", defaultValue = "1000") int exactLimit,
      @ConfigProperty(name = "chat.list.total-cache-seconds", defaultValue = "10")
          int cacheSeconds) {
    if (exactLimit < 0 || cacheSeconds < 0) {
      throw new IllegalArgumentException(
          "chat.list.exact-total-limit and chat.list.total-cache-seconds must be >= 0");
    }
    this.exactLimit = exactLimit;
    this.cacheNanos = cacheSeconds * 1_000_000_000L;
  }

  /** A total and whether it was counted. */
  record Total(long value, boolean exact) {}

  private record Key(String sql, List<Object> fromValues, List<Object> values) {}

  private record Remembered(Total total, long until) {}

  /**
   * The number of rows of {@code from + where}.
   *
   * @param from the FROM part with its joins
   */
  Total of(NativeRows sql, String from, SqlWhere where) {
    return of(sql, from, List.of(), where, CONFIGURED);
  }

  /**
   * The number of rows of {@code from + where}, whose FROM part binds {@code fromValues} ({@code ?1
   * … ?n}) before the values of {@code where}, counted exactly up to {@code exactUpTo} rows ({@link
   * #CONFIGURED}: the installation's limit, never more than it).
   */
  Total of(NativeRows sql, String from, List<Object> fromValues, SqlWhere where, int exactUpTo) {
    int limit = exactUpTo == CONFIGURED ? exactLimit : Math.min(exactUpTo, exactLimit);
    String clause = where.render(fromValues.size() + 1);
    List<Object> values = new ArrayList<>(fromValues);
    values.addAll(where.values());
    Key key = new Key(from + clause, List.copyOf(fromValues), where.values());
    long now = System.nanoTime();
    Remembered known = remembered.get(key);
    if (known != null && now - known.until() < 0) {
      return known.total();
    }
    long counted =
        ((Number)
                sql.single(
                    "SELECT COUNT(*) FROM (SELECT 1 AS one"
                        + from
                        + clause
                        + " LIMIT "
                        + (limit + 1L)
                        + ") bounded",
                    values))
            .longValue();
    if (counted <= limit) {
      return new Total(counted, true);
    }
    Total total =
        sql.dialect() == DatabaseDialect.POSTGRESQL
            ? new Total(Math.max(counted, estimate(sql, from + clause, values)), false)
            : new Total(count(sql, from + clause, values), true);
    remember(key, total, now);
    return total;
  }

  private static long estimate(NativeRows sql, String fromWhere, List<Object> values) {
    Object top = sql.single("EXPLAIN SELECT 1" + fromWhere, values);
    Matcher rows = PLAN_ROWS.matcher(String.valueOf(top));
    return rows.find() ? Long.parseLong(rows.group(1)) : 0;
  }

  private static long count(NativeRows sql, String fromWhere, List<Object> values) {
    return ((Number) sql.single("SELECT COUNT(*)" + fromWhere, values)).longValue();
  }

  private void remember(Key key, Total total, long now) {
    if (cacheNanos == 0) {
      return;
    }
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.values().removeIf(r -> now - r.until() >= 0);
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
    }
    remembered.put(key, new Remembered(total, now + cacheNanos));
  }
}
