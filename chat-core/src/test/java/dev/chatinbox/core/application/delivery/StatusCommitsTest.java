package dev.chatinbox.core.application.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.application.delivery.MessageStatusService.Outcome;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.spi.carrier.StatusReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mechanics of group commit, against a recorder whose "transaction" can be held open: requests
 * arriving during a commit are recorded together in the next one, each request returns only after
 * the transaction holding its reports ended, and a failing group is retried one request at a time
 * so that only the bad request fails.
 */
class StatusCommitsTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void requestsArrivingDuringACommitAreRecordedTogetherInTheNext() throws Exception {
    Recorder recorder = new Recorder();
    StatusCommits commits = new StatusCommits(recorder, 1);
    Future<List<Outcome>> first = threads.submit(() -> commits.record(reports("first", 1)));
    assertTrue(recorder.entered.await(5, TimeUnit.SECONDS), "the first commit started");
    List<Future<List<Outcome>>> waiting = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String name = "r" + i;
      waiting.add(threads.submit(() -> commits.record(reports(name, 2))));
    }
    awaitQueued(commits, recorder, 20);
    for (Future<List<Outcome>> f : waiting) {
      assertTrue(!f.isDone(), "nobody is answered before their transaction ended");
    }
    recorder.release.countDown();
    assertEquals(List.of(Outcome.RECORDED), first.get(5, TimeUnit.SECONDS));
    for (Future<List<Outcome>> f : waiting) {
      assertEquals(List.of(Outcome.RECORDED, Outcome.RECORDED), f.get(5, TimeUnit.SECONDS));
    }
    assertEquals(2, recorder.transactions.get(), "the first alone, then the 20 queued together");
    assertEquals(41, recorder.recorded.size());
  }

  @Test
  void aFailingGroupIsRetriedOneRequestAtATimeAndOnlyTheBadRequestFails() throws Exception {
    Recorder recorder = new Recorder();
    StatusCommits commits = new StatusCommits(recorder, 1);
    Future<List<Outcome>> first = threads.submit(() -> commits.record(reports("first", 1)));
    assertTrue(recorder.entered.await(5, TimeUnit.SECONDS));
    Future<List<Outcome>> good1 = threads.submit(() -> commits.record(reports("good1", 3)));
    Future<List<Outcome>> bad = threads.submit(() -> commits.record(reports("bad", 1)));
    Future<List<Outcome>> good2 = threads.submit(() -> commits.record(reports("good2", 1)));
    awaitQueued(commits, recorder, 3);
    recorder.release.countDown();
    first.get(5, TimeUnit.SECONDS);
    assertEquals(3, good1.get(5, TimeUnit.SECONDS).size());
    assertEquals(1, good2.get(5, TimeUnit.SECONDS).size());
    var failure = assertThrows(Exception.class, () -> bad.get(5, TimeUnit.SECONDS));
    assertTrue(failure.getCause() instanceof IllegalArgumentException, failure.toString());
    // first; the group of three (rolled back); then each of the three alone
    assertEquals(5, recorder.transactions.get());
    assertEquals(5, recorder.recorded.size(), "first + good1 (3) + good2, nothing of bad");
  }

  @Test
  void groupsStayWithinTheirBoundAndEveryRequestIsAnswered() throws Exception {
    Recorder recorder = new Recorder();
    recorder.release.countDown();
    StatusCommits commits = new StatusCommits(recorder, 2);
    List<Future<List<Outcome>>> all = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String name = "m" + i;
      all.add(threads.submit(() -> commits.record(reports(name, 3))));
    }
    for (Future<List<Outcome>> f : all) {
      assertEquals(3, f.get(10, TimeUnit.SECONDS).size());
    }
    assertEquals(1200, recorder.recorded.size());
    assertTrue(recorder.largest.get() <= StatusCommits.MAX_GROUP_REPORTS, "" + recorder.largest);
  }

  /** Waits until {@code n} requests queue behind the open transaction. */
  private static void awaitQueued(StatusCommits commits, Recorder recorder, int n)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (commits.queued() < n && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertEquals(n, commits.queued());
    assertEquals(1, recorder.transactions.get());
  }

  private static List<StatusReport> reports(String name, int n) {
    List<StatusReport> reports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      reports.add(StatusReport.of("twilio", name + "-" + i, "delivered", MessageStatus.DELIVERED));
    }
    return reports;
  }

  /**
   * Stands in for the transactional recorder: the first transaction waits for {@link #release}; a
   * transaction holding a report of "bad" fails as a whole, recording nothing.
   */
  private static final class Recorder extends MessageStatusService {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger transactions = new AtomicInteger();
    final AtomicInteger largest = new AtomicInteger();
    final List<String> recorded = Collections.synchronizedList(new ArrayList<>());

    @Override
    public List<Outcome> recordAll(List<StatusReport> reports) {
      transactions.incrementAndGet();
      largest.accumulateAndGet(reports.size(), Math::max);
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (reports.stream().anyMatch(r -> r.carrierMessageId().startsWith("bad"))) {
        throw new IllegalArgumentException("value too long for type character varying(64)");
      }
      reports.forEach(r -> recorded.add(r.carrierMessageId()));
      return reports.stream().map(r -> Outcome.RECORDED).toList();
    }
  }
}
