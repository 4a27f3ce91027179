package dev.chatinbox.core.spi.carrier;

import java.time.Instant;
import java.util.List;

/**
 * Status reports that arrived before the send they are about had recorded its carrier id — a
 * carrier can report {@code delivered} while our call that handed it the message is still waiting
 * for its answer. They are kept (bounded, each until it expires) and applied, oldest first, when
 * the send records that id.
 */
public interface EarlyStatusReports {
  /**
   * Serialises, until the transaction ends, the work of transactions about this carrier id: a
   * report that finds no message and the send that records the id cannot miss each other.
   */
  void lock(String carrier, String carrierMessageId);

  /**
   * Keeps a report received at {@code receivedAt} until {@code expiresAt}, unless {@code max}
   * reports are kept already; expired ones are dropped first. @return whether it was kept
   */
  boolean keep(StatusReport report, Instant receivedAt, Instant expiresAt, int max);

  /** Removes and returns the reports kept for this carrier id, in the order they arrived. */
  List<StatusReport> take(String carrier, String carrierMessageId);
}
