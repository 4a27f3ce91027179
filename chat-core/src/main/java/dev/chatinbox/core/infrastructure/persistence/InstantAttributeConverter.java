package dev.chatinbox.core.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} in {@code TIMESTAMP WITH TIME ZONE} columns as UTC {@link OffsetDateTime}
 * (JPA 3.1 knows {@code OffsetDateTime} but not {@code Instant}; both PostgreSQL's and H2's drivers
 * bind and return it natively). Precision is cut to milliseconds, as the API renders it.
 */
@Converter(autoApply = true)
public class InstantAttributeConverter implements AttributeConverter<Instant, OffsetDateTime> {
  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant value) {
    return value == null
        ? null
        : value.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
