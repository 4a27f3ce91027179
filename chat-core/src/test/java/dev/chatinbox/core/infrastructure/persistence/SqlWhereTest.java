package dev.chatinbox.core.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A WHERE clause renders its conditions with placeholders numbered ?1.. in order and binds its
 * values there.
 */
class SqlWhereTest {
  /** A {@link Query} that only records {@code setParameter(int, Object)}. */
  private static Query recording(Map<Integer, Object> bound) {
    return (Query)
        Proxy.newProxyInstance(
            SqlWhereTest.class.getClassLoader(),
            new Class<?>[] {Query.class},
            (proxy, method, args) -> {
              if (method.getName().equals("setParameter")
                  && args.length == 2
                  && args[0] instanceof Integer position) {
                bound.put(position, args[1]);
                return proxy;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void emptyClauseRendersNothing() {
    SqlWhere where = new SqlWhere();
    assertEquals("", where.render());
    assertEquals(0, where.size());
    Map<Integer, Object> bound = new TreeMap<>();
    where.bind(recording(bound));
    assertEquals(Map.of(), bound);
  }

  @Test
  void conditionWithoutValues() {
    SqlWhere where = new SqlWhere().and("c.unread_count > 0");
    assertEquals(" WHERE (c.unread_count > 0)", where.render());
    assertEquals(0, where.size());
  }

  @Test
  void placeholdersAreNumberedInOrderAcrossConditions() {
    UUID user = UUID.randomUUID();
    SqlWhere where =
        new SqlWhere()
            .and("c.channel = ?", "SMS")
            .and("c.is_starred = TRUE")
            .and(
                "ct.owner_id = ? OR ct.owner_id IS NULL OR EXISTS (SELECT 1 FROM f WHERE f.user_id = ?)",
                user,
                user)
            .and("ct.search_text LIKE ?", "%garc%");
    assertEquals(
        " WHERE (c.channel = ?1) AND (c.is_starred = TRUE)"
            + " AND (ct.owner_id = ?2 OR ct.owner_id IS NULL OR EXISTS (SELECT 1 FROM f WHERE f.user_id = ?3))"
            + " AND (ct.search_text LIKE ?4)",
        where.render());
    assertEquals(4, where.size());
  }

  @Test
  void renderingTwiceGivesTheSameClause() {
    SqlWhere where = new SqlWhere().and("a = ?", 1).and("b = ?", 2);
    assertEquals(where.render(), where.render());
    assertEquals(" WHERE (a = ?1) AND (b = ?2)", where.render());
  }

  @Test
  void moreThanNinePlaceholders() {
    SqlWhere where = new SqlWhere();
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      where.and("x" + i + " = ?", i);
      expected.add("(x" + i + " = ?" + i + ")");
    }
    assertEquals(" WHERE " + String.join(" AND ", expected), where.render());
    assertEquals(12, where.size());
  }

  @Test
  void valuesAreBoundAtTheirPlaceholdersAndInstantsAsUtcOffsetDateTimes() {
    UUID user = UUID.randomUUID();
    Instant since = Instant.parse("2026-10-26T12:00:00.123456Z");
    SqlWhere where =
        new SqlWhere()
            .and("c.channel = ?", "WhatsApp")
            .and("c.sort_at >= ?", since)
            .and("a = ? OR b = ?", user, user);
    Map<Integer, Object> bound = new TreeMap<>();
    where.bind(recording(bound));
    assertEquals(
        Map.of(1, "WhatsApp", 2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC), 3, user, 4, user),
        bound);
    OffsetDateTime time = (OffsetDateTime) bound.get(2);
    assertEquals(ZoneOffset.UTC, time.getOffset());
    assertEquals(since, time.toInstant());
  }
}
