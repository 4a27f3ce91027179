package dev.chatinbox.core.spi;

import java.time.Instant;

/**
 * Send counters every node shares (the database): how many sends a scope (a user's minute, a user's
 * day, the installation's day) has taken in a period. Increments serialise on the counter's row, so
 * nodes racing for the last send of a period see distinct counts.
 */
public interface SendCounters {
  /**
   * Adds one send to {@code scope}'s counter of the period starting at {@code periodStart}: in the
   * caller's transaction when there is one (the row then stays locked until it ends), otherwise
   * committed at once. @return the count including it
   */
  int increment(String scope, Instant periodStart);

  /** Takes back one send counted by {@link #increment} (a request another period refused). */
  void takeBack(String scope, Instant periodStart);

  /** Deletes counters of periods that started before {@code time}. @return how many */
  int pruneBefore(Instant time);
}
