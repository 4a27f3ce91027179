package dev.chatinbox.core.domain.message.delivery;

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
}
