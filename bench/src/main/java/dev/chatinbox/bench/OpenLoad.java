package dev.chatinbox.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Open-model (constant arrival rate) load: request n is due at {@code start + n / rate}, whether or
 * not earlier ones have answered, and its latency is measured from that due time — so a server that
 * stalls is charged for every request that queued behind the stall (no coordinated omission, which
 * closed-loop tools like plain wrk suffer from). Requests the client could not even start because
 * {@code maxInFlight} were outstanding count as errors ("client backlog"), never silently dropped.
 */
final class OpenLoad {
  /** What one run measured. */
  record Result(
      String name,
      double offeredPerSecond,
      double seconds,
      long due,
      long ok,
      long errors,
      long backlog,
      Map<String, Long> outcomes,
      Histogram latencyMicros) {
    double throughput() {
      return ok / seconds;
    }

    double percentileMs(double p) {
      return latencyMicros.getTotalCount() == 0
          ? Double.NaN
          : latencyMicros.getValueAtPercentile(p) / 1000.0;
    }
  }

  /**
   * How long a run waits for its outstanding requests after the last one is due: longer than the
   * requests' own timeout, so that every request ends (answered or timed out) inside its run.
   */
  static final Duration DRAIN = Duration.ofSeconds(75);

  private OpenLoad() {}

  /**
   * @param request the n-th request
   * @param ok whether a response counts as a success (e.g. 2xx)
   */
  static Result run(
      String name,
      HttpClient client,
      double perSecond,
      Duration duration,
      int maxInFlight,
      LongFunction<HttpRequest> request,
      Predicate<HttpResponse<?>> ok) {
    ConcurrentHistogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
    LongAdder oks = new LongAdder();
    LongAdder errors = new LongAdder();
    AtomicLong backlog = new AtomicLong();
    AtomicInteger inFlight = new AtomicInteger();
    Map<String, Long> outcomes = new ConcurrentHashMap<>();
    long intervalNanos = (long) (1e9 / perSecond);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    long n = 0;
    while (true) {
      long due = start + n * intervalNanos;
      if (due >= end) {
        break;
      }
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      long seq = n++;
      if (inFlight.get() >= maxInFlight) {
        backlog.incrementAndGet();
        errors.increment();
        outcomes.merge("client backlog", 1L, Long::sum);
        continue;
      }
      inFlight.incrementAndGet();
      HttpRequest req;
      try {
        req = request.apply(seq);
      } catch (RuntimeException e) {
        inFlight.decrementAndGet();
        errors.increment();
        outcomes.merge("request: " + e.getClass().getSimpleName(), 1L, Long::sum);
        continue;
      }
      client
          .sendAsync(req, HttpResponse.BodyHandlers.ofByteArray())
          .whenComplete(
              (response, failure) -> {
                long micros = (System.nanoTime() - due) / 1000;
                histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
                inFlight.decrementAndGet();
                if (failure != null) {
                  errors.increment();
                  Throwable cause =
                      failure instanceof java.util.concurrent.CompletionException
                              && failure.getCause() != null
                          ? failure.getCause()
                          : failure;
                  outcomes.merge(cause.getClass().getSimpleName(), 1L, Long::sum);
                } else {
                  outcomes.merge(Integer.toString(response.statusCode()), 1L, Long::sum);
                  if (ok.test(response)) {
                    oks.increment();
                  } else {
                    errors.increment();
                  }
                }
              });
    }
    long drainUntil = System.nanoTime() + DRAIN.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < drainUntil) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (inFlight.get() > 0) {
      outcomes.merge("unanswered at the end", (long) inFlight.get(), Long::sum);
      errors.add(inFlight.get());
    }
    return new Result(
        name,
        perSecond,
        seconds,
        n,
        oks.sum(),
        errors.sum(),
        backlog.get(),
        new java.util.TreeMap<>(outcomes),
        histogram);
  }

  static boolean is2xx(HttpResponse<?> response) {
    return response.statusCode() / 100 == 2;
  }
}
