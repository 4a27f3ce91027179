package dev.chatinbox.api.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a failure to reach the database apart from every other failure: a request that fails
 * because PostgreSQL is down, restarting or unreachable is answered 503 {@code
 * /problems/unavailable} with {@code Retry-After} (the client, or the carrier of a webhook, tries
 * again), never a 500 with an incident id. Only connection failures count — SQLSTATE class {@code
 * 08} (connection exception), {@code 57P01}–{@code 57P03} (the server shut down or is starting),
 * JDBC's connection exception types and a refused TCP connection anywhere in the cause chain; a
 * constraint violation or a bad statement stays a 500.
 */
public final class DatabaseOutage {
  /** How long a client is asked to wait before trying again. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
  private static final AtomicLong lastLogged =
      new AtomicLong(System.nanoTime() - 2 * LOG_INTERVAL_NANOS);

  private DatabaseOutage() {}

  /**
   * Logs the failure of a background round (outbox, webhooks, real-time, reconciliation): with its
   * stack trace, unless the database is away — then one line for all rounds at most every ten
   * seconds (an outage fails every round of every loop several times a second, and a log flooded
   * with stack traces slows the requests that answer 503 meanwhile).
   */
  public static void logRoundFailure(Logger log, String round, RuntimeException failure) {
    if (!causes(failure)) {
      log.log(Level.WARNING, round + " failed; the next round retries", failure);
    } else if (due()) {
      log.warning(
          round + " failed: the database is unreachable; the rounds retry until it is back");
    }
  }

  /** Whether an outage line may be logged now (at most one every ten seconds, for all callers). */
  static boolean due() {
    long now = System.nanoTime();
    long last = lastLogged.get();
    return now - last > LOG_INTERVAL_NANOS && lastLogged.compareAndSet(last, now);
  }

  /** Whether {@code failure} (or one of its causes) is a lost or refused database connection. */
  public static boolean causes(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = next(t), depth++) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable t) {
    Throwable cause = t.getCause();
    if (cause == null && t instanceof SQLException sql) {
      cause = sql.getNextException();
    }
    return cause == t ? null : cause;
  }

  static boolean connectionState(String sqlState) {
    return sqlState != null
        && (sqlState.startsWith("08")
            || sqlState.equals("57P01")
            || sqlState.equals("57P02")
            || sqlState.equals("57P03"));
  }
}
