package dev.chatinbox.core.domain.canned;

import java.util.Optional;
import java.util.UUID;

/** Storage of canned replies for writes (reads go through the application's read model). */
public interface CannedReplyRepository {
  /** The reply, if it is shared or owned by {@code userId}. */
  Optional<CannedReply> findUsable(UUID id, UUID userId);

  /** Whether a reply other than {@code except} has this short code in this scope. */
  boolean shortCodeTaken(UUID scopeId, String shortCode, Optional<UUID> except);

  /**
   * Stores a new or changed reply now (so that a short code taken meanwhile by another writer is a
   * {@link dev.chatinbox.core.domain.shared.ConflictException}, not a failed commit).
   */
  void store(CannedReply reply);

  void delete(CannedReply reply);
}
