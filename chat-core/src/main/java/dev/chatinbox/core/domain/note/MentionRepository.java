package dev.chatinbox.core.domain.note;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Storage of mentions. */
public interface MentionRepository {
  /** Stores the mentions of one note with one statement. */
  void storeAll(List<Mention> mentions);

  /**
   * Marks the user's mention read (a mention read already keeps its first time).
   *
   * @return whether the user has a mention with that id
   */
  boolean markRead(UUID userId, UUID mentionId, Instant now);

  /** The user's mentions in these notes (a read: no lock, no transaction needed). */
  List<Mention> ofUserInNotes(UUID userId, Collection<UUID> messageIds);
}
