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
 * @param recipientId the one user the change is for (a mention); empty: everyone who may see it
 */
public record InboxChange(
    ChangeType type,
    Optional<UUID> conversationId,
    UUID contactId,
    Optional<UUID> messageId,
    Instant occurredAt,
    Optional<UUID> recipientId) {
  public InboxChange {
    Objects.requireNonNull(type);
    Objects.requireNonNull(conversationId);
    Objects.requireNonNull(contactId);
    Objects.requireNonNull(messageId);
    Objects.requireNonNull(occurredAt);
    Objects.requireNonNull(recipientId);
    if (conversationId.isEmpty() != type.aboutContact()) {
      throw new IllegalArgumentException(
          type + (type.aboutContact() ? " concerns no conversation" : " needs its conversation"));
    }
  }

  /** A change for everyone who may see it. */
  public InboxChange(
      ChangeType type,
      Optional<UUID> conversationId,
      UUID contactId,
      Optional<UUID> messageId,
      Instant occurredAt) {
    this(type, conversationId, contactId, messageId, occurredAt, Optional.empty());
  }

  /** A change of a conversation, for everyone who may see it. */
  public InboxChange(
      ChangeType type,
      UUID conversationId,
      UUID contactId,
      Optional<UUID> messageId,
      Instant occurredAt) {
    this(type, Optional.of(conversationId), contactId, messageId, occurredAt, Optional.empty());
  }

  /** A change of a conversation for one user ({@code recipientId}, a mention) or everyone. */
  public InboxChange(
      ChangeType type,
      UUID conversationId,
      UUID contactId,
      Optional<UUID> messageId,
      Instant occurredAt,
      Optional<UUID> recipientId) {
    this(type, Optional.of(conversationId), contactId, messageId, occurredAt, recipientId);
  }
}
