package dev.chatinbox.api.rest.common;

import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses query parameters and collects every problem before failing, so a 400 names all bad
 * parameters at once. JAX-RS would answer 404 for an unconvertible {@code @QueryParam}; taking
 * strings and parsing here gives the 400 with field names that decisions.md asks for.
 */
public final class QueryParams {
  private final List<FieldViolation> violations = new ArrayList<>();

  /** A value from a fixed set (case-insensitive); {@code fallback} when absent. */
  public <T> T choice(
      String name, String raw, Function<String, Optional<T>> parser, T fallback, String allowed) {
    if (raw == null) {
      return fallback;
    }
    Optional<T> parsed = parser.apply(raw);
    if (parsed.isEmpty()) {
      violations.add(new FieldViolation(name, "must be one of " + allowed));
      return fallback;
    }
    return parsed.get();
  }

  /** An optional value from a fixed set. */
  public <T> Optional<T> optionalChoice(
      String name, String raw, Function<String, Optional<T>> parser, String allowed) {
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> parsed = parser.apply(raw);
    if (parsed.isEmpty()) {
      violations.add(new FieldViolation(name, "must be one of " + allowed));
    }
    return parsed;
  }

  /** An integer within bounds; {@code fallback} when absent. */
  public int integer(String name, String raw, int fallback, int min, int max) {
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        violations.add(new FieldViolation(name, "must be between " + min + " and " + max));
        return fallback;
      }
      return value;
    } catch (NumberFormatException e) {
      violations.add(new FieldViolation(name, "must be an integer between " + min + " and " + max));
      return fallback;
    }
  }

  /** An ISO 8601 date-time with offset, when present. */
  public Optional<Instant> timestamp(String name, String raw) {
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> parsed = Timestamps.parse(raw);
    if (parsed.isEmpty()) {
      violations.add(
          new FieldViolation(
              name, "must be an ISO 8601 date-time with offset, e.g. 2026-11-25T10:15:30.000Z"));
    }
    return parsed;
  }

  /** Optional free text, at most {@code maxLength} characters; blank counts as absent. */
  public Optional<String> text(String name, String raw, int maxLength) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    if (raw.length() > maxLength) {
      violations.add(new FieldViolation(name, "must be at most " + maxLength + " characters"));
      return Optional.empty();
    }
    return Optional.of(raw.trim());
  }

  /**
   * Ids given repeated ({@code name=a&name=b}), comma-separated ({@code name=a,b}) or both, at most
   * {@code max}.
   */
  public java.util.Set<java.util.UUID> ids(String name, java.util.List<String> raw, int max) {
    java.util.Set<java.util.UUID> ids = new java.util.LinkedHashSet<>();
    java.util.List<String> bad = new java.util.ArrayList<>();
    for (String value : raw == null ? java.util.List.<String>of() : raw) {
      for (String piece : value.split(",", -1)) {
        String trimmed = piece.trim();
        if (!trimmed.isEmpty()) {
          dev.chatinbox.core.domain.shared.Ids.parse(trimmed)
              .ifPresentOrElse(ids::add, () -> bad.add(trimmed));
        }
      }
    }
    if (!bad.isEmpty()) {
      reject(name, "must be ids (UUIDs); not: " + String.join(", ", clip(bad)));
    } else if (ids.size() > max) {
      reject(name, "must name at most " + max + " ids");
    }
    return ids;
  }

  /** At most three of the bad values, each cut to 40 characters: the message stays short. */
  private static java.util.List<String> clip(java.util.List<String> values) {
    return values.stream()
        .limit(3)
        .map(v -> v.length() > 40 ? v.substring(0, 40) + "..." : v)
        .toList();
  }

  /** A whole number of at least 0 (a position), when present. */
  public Optional<Long> position(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      long value = Long.parseLong(raw.trim());
      if (value >= 0) {
        return Optional.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    violations.add(new FieldViolation(name, "must be a whole number of at least 0"));
    return Optional.empty();
  }

  /** The spec's {@code page} / {@code pageSize} pair with its defaults and bounds. */
  public PageRequest page(String rawPage, String rawPageSize) {
    int page = integer("page", rawPage, 1, 1, PageRequest.MAX_PAGE);
    int size =
        integer(
            "pageSize", rawPageSize, PageRequest.DEFAULT_PAGE_SIZE, 1, PageRequest.MAX_PAGE_SIZE);
    return new PageRequest(page, size);
  }

  /** Records a problem found by the caller (a rule across parameters). */
  public void reject(String name, String message) {
    violations.add(new FieldViolation(name, message));
  }

  /** Throws a 400 naming every bad parameter, if any. */
  public void validate() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
