package dev.chatinbox.core.spi;

/**
 * A cheap wake-up between server nodes: "the change log has grown". It carries at most a position;
 * receivers read the log themselves. Delivery is best effort (a missed signal only delays: every
 * node also reads the log on a short timer) and a failing signal never fails the work that raised
 * it.
 */
public interface ChangeSignal {
  /** Tells the other nodes that the log reached {@code position}. Never throws. */
  void publish(long position);

  /** Starts calling {@code onSignal} whenever another node publishes (and after reconnecting). */
  void listen(Runnable onSignal);

  /** Stops listening. */
  void close();

  /** What carries the signal, for the start-up log (never a secret). */
  String describe();
}
