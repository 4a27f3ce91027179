package dev.chatinbox.core.infrastructure.events;

import dev.chatinbox.core.spi.ChangeSignal;

/**
 * No signal between nodes: a single node (the embedded default) wakes itself after its own commits,
 * and several nodes without Redis still deliver everything through their log timers.
 */
public final class LocalChangeSignal implements ChangeSignal {
  @Override
  public void publish(long position) {
    // nobody else to tell
  }

  @Override
  public void listen(Runnable onSignal) {
    // nothing arrives from elsewhere
  }

  @Override
  public void close() {}

  @Override
  public String describe() {
    return "in-process (other nodes, if any, notice changes through their log timer)";
  }
}
