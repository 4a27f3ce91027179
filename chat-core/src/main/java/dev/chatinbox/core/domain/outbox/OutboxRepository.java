package dev.chatinbox.core.domain.outbox;

import java.time.Duration;
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
   * Records the attempt of a claimed entry right before its carrier call, in one conditional
   * statement: only when the entry is still pending under this claim ({@code claimedUntil}), so a
   * dispatcher whose claim ran out and was taken over by another never calls the carrier too.
   *
   * @return whether the attempt was recorded (false: do not call the carrier)
   */
  boolean startClaimedAttempt(UUID messageId, Instant claimedUntil, Instant now, Duration lease);

  /**
   * Removes the entry of a message no dispatcher has claimed yet (pending, never attempted), in one
   * conditional statement: it waits for a dispatcher holding the row, then matches nothing if that
   * dispatcher claimed it. So a cancel and a claim never both win.
   *
   * @return whether the entry was removed (false: claimed or attempted meanwhile, or gone)
   */
  boolean removeUnclaimed(UUID messageId);
}
