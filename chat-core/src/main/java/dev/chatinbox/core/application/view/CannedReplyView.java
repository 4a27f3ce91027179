package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.canned.CannedReply;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A canned reply as readers see it.
 *
 * @param owner the owner of a personal reply; empty for a shared one
 */
public record CannedReplyView(
    UUID id,
    String shortCode,
    String title,
    String body,
    Optional<UUID> owner,
    Instant createdAt,
    Instant updatedAt) {
  public boolean shared() {
    return owner.isEmpty();
  }

  public static CannedReplyView of(CannedReply r) {
    return new CannedReplyView(
        r.id(), r.shortCode(), r.title(), r.body(), r.owner(), r.createdAt(), r.updatedAt());
  }
}
