package dev.chatinbox.core.infrastructure.persistence;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps every {@link UUID} attribute to a native UUID column. EclipseLink 4.0 puts its own {@code
 * UUIDConverter} on UUID attributes: it binds them as {@code VARCHAR} (PostgreSQL refuses that for
 * {@code uuid} columns) and fails on {@code NULL} when reading. Without it, the JDBC drivers of
 * PostgreSQL and H2 bind and return {@code java.util.UUID} themselves; the field is typed so that
 * nulls are bound untyped. Attribute types are read from the entity fields.
 */
public class UuidColumnsCustomizer implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        Optional<Field> field = javaField(descriptor.getJavaClass(), mapping.getAttributeName());
        if (field.isEmpty()) {
          continue;
        }
        if (mapping instanceof DirectToFieldMapping direct && field.get().getType() == UUID.class) {
          direct.setConverter(null);
          declareUuid(direct.getField());
        } else if (mapping instanceof DirectCollectionMapping collection
            && elementType(field.get()) == UUID.class) {
          collection.setValueConverter(null);
          declareUuid(collection.getDirectField());
        }
      }
    }
  }

  private static Optional<Field> javaField(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return Optional.of(c.getDeclaredField(name));
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return Optional.empty();
  }

  private static Type elementType(Field field) {
    return field.getGenericType() instanceof ParameterizedType p
            && p.getActualTypeArguments().length == 1
        ? p.getActualTypeArguments()[0]
        : Object.class;
  }

  private static void declareUuid(DatabaseField field) {
    field.setType(UUID.class);
    field.setSqlType(Types.OTHER);
  }
}
