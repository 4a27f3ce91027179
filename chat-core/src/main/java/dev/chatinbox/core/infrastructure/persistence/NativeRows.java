package dev.chatinbox.core.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Native SQL run for its rows, each an {@code Object[]} of column values: through JDBC for the read
 * models ({@link SqlReads}), or through an entity manager for repositories that also load entities.
 * Placeholders are numbered ({@code ?1 … ?n}) and take the values by their numbers.
 */
interface NativeRows {
  List<Object[]> rows(String sql, List<?> values);

  DatabaseDialect dialect();

  /** The first column of the first row, or null without rows. */
  default Object single(String sql, List<?> values) {
    List<Object[]> rows = rows(sql, values);
    return rows.isEmpty() ? null : rows.get(0)[0];
  }

  static NativeRows of(EntityManager em) {
    return new NativeRows() {
      @Override
      public List<Object[]> rows(String sql, List<?> values) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < values.size(); i++) {
          query.setParameter(i + 1, values.get(i));
        }
        // a single column comes as the value itself, several as an array
        return ((List<?>) query.getResultList())
            .stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
      }

      @Override
      public DatabaseDialect dialect() {
        return DatabaseDialect.of(em);
      }
    };
  }
}
