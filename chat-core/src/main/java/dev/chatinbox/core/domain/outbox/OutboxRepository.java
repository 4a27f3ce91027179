package dev.chatinbox.core.domain.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of outbox entries. */
public interface OutboxRepository {
  void store(OutboxEntry entry);

  Optional<OutboxEntry> find(UUID messageId);

  /** Removes a finished entry (the message row keeps the outcome). */
  void remove(OutboxEntry entry);

  /**
   * Locks and returns up to {@code limit} entries due at {@code now} — pending ones whose time has
   * come, and in-flight ones whose lease expired — skipping rows other nodes hold locked, so that
   * two dispatchers never take the same entry.
   */
  List<OutboxEntry> lockDue(Instant now, int limit);

  /**
   * Removes the entry of a message no dispatcher has claimed yet (pending, never attempted), in one
   * conditional statement: it waits for a dispatcher holding the row, then matches nothing if that
   * dispatcher claimed it. So a cancel and a claim never both win.
   *
   * @return whether the entry was removed (false: claimed or attempted meanwhile, or gone)
   */
  boolean removeUnclaimed(UUID messageId);
}
