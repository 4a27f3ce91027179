package dev.chatinbox.core.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sessions.Session;

/**
 * The select list of exactly the columns an entity maps, e.g. {@code "SELECT m.id, m.body, …"}: for
 * native queries on tables that also hold columns only the database uses (the stored search words
 * of {@code messages}), which {@code SELECT m.*} would read and send for nothing.
 */
final class MappedColumns {
  private static final Map<String, String> SELECTS = new ConcurrentHashMap<>();

  private MappedColumns() {}

  /** {@code SELECT alias.column, …} of {@code type}'s mapped columns, computed once. */
  static String select(EntityManager em, Class<?> type, String alias) {
    return SELECTS.computeIfAbsent(
        type.getName() + " " + alias,
        key -> {
          ClassDescriptor descriptor = em.unwrap(Session.class).getDescriptor(type);
          return descriptor.getFields().stream()
              .map(DatabaseField::getName)
              .distinct()
              .map(column -> alias + "." + column)
              .collect(Collectors.joining(", ", "SELECT ", ""));
        });
  }
}
