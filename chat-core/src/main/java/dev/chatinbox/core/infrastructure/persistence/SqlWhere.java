package dev.chatinbox.core.infrastructure.persistence;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A WHERE clause assembled from optional conditions, with its bind values in order. Conditions use
 * {@code ?} placeholders; they are numbered when the clause is rendered, so the same clause serves
 * a page query and its count query. Values are always bound, never concatenated.
 */
final class SqlWhere {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  /** Adds {@code condition} with one value per {@code ?} in it. */
  SqlWhere and(String condition, Object... bind) {
    conditions.add(condition);
    for (Object value : bind) {
      values.add(value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
    }
    return this;
  }

  /**
   * {@code WHERE a AND b …} with numbered placeholders starting at {@code ?1}, or "" when empty.
   */
  String render() {
    return render(1);
  }

  /**
   * {@code WHERE a AND b …} with numbered placeholders starting at {@code ?first} (for a statement
   * that binds other values before these), or "" when empty.
   */
  String render(int first) {
    if (conditions.isEmpty()) {
      return "";
    }
    StringJoiner joined = new StringJoiner(" AND ", " WHERE ", "");
    conditions.forEach(c -> joined.add("(" + c + ")"));
    return number(joined.toString(), first - 1);
  }

  /** Number of bind values in the rendered clause; extra placeholders continue from here. */
  int size() {
    return values.size();
  }

  /** The bind values in order (e.g. to tell two uses of the same clause apart). */
  List<Object> values() {
    return java.util.Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** A copy to which further conditions can be added without changing this clause. */
  SqlWhere copy() {
    SqlWhere copy = new SqlWhere();
    copy.conditions.addAll(conditions);
    copy.values.addAll(values);
    return copy;
  }

  /** Binds the clause's values to {@code query}. */
  void bind(Query query) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
  }

  /**
   * The conditions joined by {@code AND} (no {@code WHERE}), placeholders numbered from {@code
   * ?first} on — for a statement that binds other values before these; {@code TRUE} when empty.
   */
  String conditions(int first) {
    if (conditions.isEmpty()) {
      return "TRUE";
    }
    StringJoiner joined = new StringJoiner(" AND ");
    conditions.forEach(c -> joined.add("(" + c + ")"));
    return number(joined.toString(), first - 1);
  }

  private static String number(String sql, int before) {
    StringBuilder out = new StringBuilder(sql.length() + 16);
    int n = before;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '?') {
        out.append('?').append(++n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
