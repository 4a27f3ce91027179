package dev.chatinbox.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.core.domain.shared.TemporarilyUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A search past its time limit answers 503 /problems/unavailable, not 500. */
class DomainExceptionMapperTest {
  @Test
  void temporarilyUnavailableIs503() {
    Problem problem =
        DomainExceptionMapper.of(
            new TemporarilyUnavailableException(
                "The search did not finish within 2000 ms", Duration.ofSeconds(2)),
            "/api/v1/conversations/search");
    assertEquals(503, problem.status());
    assertEquals("/problems/unavailable", problem.type());
    assertEquals("The search did not finish within 2000 ms", problem.detail());
    assertEquals("/api/v1/conversations/search", problem.instance());
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUp() {
    assertEquals(2, RetryAfter.seconds(Duration.ofMillis(2000)));
    assertEquals(2, RetryAfter.seconds(Duration.ofMillis(1500)));
    assertEquals(1, RetryAfter.seconds(Duration.ofMillis(1)));
    assertEquals(1, RetryAfter.seconds(Duration.ZERO));
  }
}
