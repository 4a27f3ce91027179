package dev.chatinbox.core.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.domain.shared.TemporarilyUnavailableException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The search bulkhead: refuses at once when full, frees a permit whatever the search did. */
class SearchBulkheadTest {
  @Test
  void refusesAtOnceWhileFullAndAdmitsAgainAfterwards() throws Exception {
    SearchBulkhead bulkhead = new SearchBulkhead(new SearchSettings(2000, 2));
    CountDownLatch running = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = pool.submit(() -> bulkhead.run(() -> hold(running, release)));
      Future<?> b = pool.submit(() -> bulkhead.run(() -> hold(running, release)));
      assertTrue(running.await(5, TimeUnit.SECONDS));
      long start = System.nanoTime();
      TemporarilyUnavailableException e =
          assertThrows(TemporarilyUnavailableException.class, () -> bulkhead.run(() -> "third"));
      assertTrue(System.nanoTime() - start < 50_000_000L, "at once");
      assertEquals(Duration.ofSeconds(1), e.retryAfter());
      release.countDown();
      a.get(5, TimeUnit.SECONDS);
      b.get(5, TimeUnit.SECONDS);
      assertEquals("again", bulkhead.run(() -> "again"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedSearchGivesItsPermitBack() {
    SearchBulkhead bulkhead = new SearchBulkhead(new SearchSettings(2000, 1));
    assertThrows(
        IllegalStateException.class,
        () ->
            bulkhead.run(
                () -> {
                  throw new IllegalStateException("database gone");
                }));
    assertEquals("next", bulkhead.run(() -> "next"));
  }

  @Test
  void settingsAreBounded() {
    assertThrows(IllegalArgumentException.class, () -> new SearchSettings(2000, 0));
    assertThrows(IllegalArgumentException.class, () -> new SearchSettings(0, 4));
  }

  private static String hold(CountDownLatch running, CountDownLatch release) {
    running.countDown();
    try {
      release.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "held";
  }
}
