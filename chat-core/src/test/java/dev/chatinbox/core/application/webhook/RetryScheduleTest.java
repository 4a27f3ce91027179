package dev.chatinbox.core.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private final RetrySchedule schedule = new RetrySchedule(1);

  @Test
  void followsTheDocumentedScheduleWithinTwentyPercent() {
    List<Duration> documented =
        List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(10),
            Duration.ofHours(10));
    for (int failures = 1; failures <= documented.size(); failures++) {
      long expected = documented.get(failures - 1).toMillis();
      for (int i = 0; i < 50; i++) {
        long wait = schedule.after(failures, Optional.empty()).toMillis();
        assertTrue(
            wait >= expected * 0.8 && wait <= expected * 1.2,
            "after " + failures + " failures: " + wait + " ms, not about " + expected);
      }
    }
  }

  @Test
  void retryAfterIsTakenAsAskedUpToADay() {
    assertEquals(Duration.ofSeconds(2), schedule.after(3, Optional.of(Duration.ofSeconds(2))));
    assertEquals(Duration.ofDays(1), schedule.after(1, Optional.of(Duration.ofDays(9))));
  }

  @Test
  void aScaleShortensTheScheduleForTests() {
    long wait = new RetrySchedule(0.001).after(1, Optional.empty()).toMillis();
    assertTrue(wait >= 4 && wait <= 6, wait + " ms");
  }
}
