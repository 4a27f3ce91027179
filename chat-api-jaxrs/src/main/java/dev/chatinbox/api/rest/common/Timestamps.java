package dev.chatinbox.api.rest.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** ISO 8601 as the API writes it: UTC with milliseconds, {@code 2026-11-25T10:15:30.123Z}. */
public final class Timestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  public static String format(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }

  /**
   * The earliest and latest instants accepted: what PostgreSQL's timestamptz and every client hold.
   */
  static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");

  static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999Z");

  /**
   * Parses an ISO 8601 date-time with {@code Z} or an offset between the years 1 and 9999; empty
   * when it is not one ({@code -999999999-01-01T00:00:00Z} is refused, not passed to the database).
   */
  public static Optional<Instant> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      Instant instant = OffsetDateTime.parse(value.trim()).toInstant();
      return instant.isBefore(MIN) || instant.isAfter(MAX)
          ? Optional.empty()
          : Optional.of(instant);
    } catch (java.time.DateTimeException e) { // includes DateTimeParseException
      return Optional.empty();
    }
  }
}
