package dev.chatinbox.core.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids are RFC 9562 version-7 UUIDs ordered by their creation time; parse() accepts only UUIDs. */
class IdsTest {
  private static long timestampOf(UUID id) {
    return id.getMostSignificantBits() >>> 16;
  }

  @Test
  void newIdIsVersion7Variant2() {
    for (int i = 0; i < 100; i++) {
      UUID id = Ids.newId();
      assertEquals(7, id.version());
      assertEquals(2, id.variant());
    }
  }

  @Test
  void newIdCarriesTheGivenMillisecondsInItsFirst48Bits() {
    long millis = Instant.parse("2026-11-25T12:00:00.123Z").toEpochMilli();
    UUID id = Ids.newId(millis);
    assertEquals(millis, timestampOf(id));
    assertEquals(7, id.version());
    assertEquals(2, id.variant());
    assertTrue(
        id.toString()
            .startsWith(String.format(Locale.ROOT, "%08x-%04x-7", millis >>> 16, millis & 0xFFFF)));
  }

  @Test
  void newIdUsesTheCurrentTime() {
    long before = System.currentTimeMillis();
    UUID id = Ids.newId();
    long after = System.currentTimeMillis();
    assertTrue(
        timestampOf(id) >= before && timestampOf(id) <= after, "timestamp " + timestampOf(id));
  }

  @Test
  void idsMadeAtIncreasingMillisecondsCompareIncreasing() {
    long start = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    UUID previous = Ids.newId(start);
    for (long step : List.of(1L, 2L, 1_000L, 86_400_000L, 365L * 86_400_000L)) {
      UUID next = Ids.newId(start + step);
      assertTrue(timestampOf(previous) < timestampOf(next));
      assertTrue(previous.toString().compareTo(next.toString()) < 0, previous + " < " + next);
      assertTrue(previous.compareTo(next) < 0, previous + " < " + next);
      previous = next;
      start += step;
    }
  }

  @Test
  void idsOfTheSameMillisecondDiffer() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(Ids.newId(1_700_000_000_000L));
    }
    assertEquals(10_000, ids.size());
  }

  @Test
  void parseAcceptsUuidsInEitherCase() {
    UUID id = Ids.newId();
    assertEquals(Optional.of(id), Ids.parse(id.toString()));
    assertEquals(Optional.of(id), Ids.parse(id.toString().toUpperCase(Locale.ROOT)));
    assertEquals(Optional.of(new UUID(0, 0)), Ids.parse("00000000-0000-0000-0000-000000000000"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "not-a-uuid",
        "123",
        "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5", // 35 characters
        "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b6", // 37 characters
        "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5g", // not hex
        "0190a1b2c3d47e5f8a9b0c1d2e3f4a5b", // no dashes
        "0190a1b2-c3d4-7e5f-8a9b0c1d2e3f4a5b-", // dash misplaced
        " 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5", // padded
        "1-1-1-1-1"
      })
  void parseRejectsAnythingElse(String value) {
    assertEquals(Optional.empty(), Ids.parse(value));
  }
}
