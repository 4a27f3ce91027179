package dev.chatinbox.core.domain.change;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One change a client must see. Once appended to the log it has a sequence number that follows
 * commit order; readers (real-time delivery, polling, integrators) resume from that number.
 *
 * @param type what changed
 * @param conversationId the conversation it concerns; empty for a change of a contact itself
 *     ({@link ChangeType#aboutContact()})
 * @param contactId the contact it concerns, or that conversation's contact (who may see the change
 *     follows from it)
 * @param messageId the message, for message changes
 * @param occurredAt when it happened
 */
public record InboxChange(
    ChangeType type,
    Optional<UUID> conversationId,
    UUID contactId,
    Optional<UUID> messageId,
    Instant occurredAt) {
  public InboxChange {
    Objects.requireNonNull(type);
    Objects.requireNonNull(conversationId);
    Objects.requireNonNull(contactId);
    Objects.requireNonNull(messageId);
    Objects.requireNonNull(occurredAt);
    if (conversationId.isEmpty() != type.aboutContact()) {
      throw new IllegalArgumentException(
          type + (type.aboutContact() ? " concerns no conversation" : " needs its conversation"));
    }
  }
}
