package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.shared.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * Column values of native query rows as the drivers return them (PostgreSQL and H2 differ: a UUID
 * may come as a {@link UUID} or text, a timestamp with time zone as an {@link OffsetDateTime} or a
 * {@link Timestamp}), turned into our types.
 */
final class NativeValues {
  private NativeValues() {}

  static UUID uuid(Object value) {
    return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof ZonedDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Instant t) {
      return t;
    }
    return OffsetDateTime.parse(value.toString()).toInstant();
  }

  static boolean bool(Object value) {
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static Channel channel(Object value) {
    String wire = text(value);
    return Channel.fromWireName(wire)
        .orElseThrow(() -> new IllegalStateException("unknown channel " + wire));
  }
}
