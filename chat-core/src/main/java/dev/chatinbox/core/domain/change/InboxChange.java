package dev.chatinbox.core.domain.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the change log. Its {@link #sequence()} is assigned by the database and is what
 * clients resume from.
 */
@Entity
@Table(name = "change_log")
public class InboxChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "seq")
  private Long sequence;

  @Column(name = "event_type", nullable = false)
  private String type;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(name = "message_id")
  private UUID messageId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected InboxChange() {}

  public InboxChange(ChangeType type, UUID conversationId, UUID messageId, Instant occurredAt) {
    this.type = Objects.requireNonNull(type).wireName();
    this.conversationId = Objects.requireNonNull(conversationId);
    this.messageId = messageId;
    this.occurredAt = Objects.requireNonNull(occurredAt);
  }

  /** The log position; present once the entry is written. */
  public Optional<Long> sequence() {
    return Optional.ofNullable(sequence);
  }

  public ChangeType type() {
    return ChangeType.ofWireName(type);
  }

  public UUID conversationId() {
    return conversationId;
  }

  public Optional<UUID> messageId() {
    return Optional.ofNullable(messageId);
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
