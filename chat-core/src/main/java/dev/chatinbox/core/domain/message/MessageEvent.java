package dev.chatinbox.core.domain.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing a carrier said about a message (a status callback, an email event), kept for support.
 */
@Entity
@Table(name = "message_events")
public class MessageEvent {
  @Id private UUID id;

  @Column(name = "message_id", nullable = false)
  private UUID messageId;

  @Column(nullable = false)
  private String source;

  @Column(name = "event_id")
  private String eventId;

  @Column(name = "raw_status", nullable = false)
  private String rawStatus;

  @Column(name = "error_code")
  private String errorCode;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  /** When the carrier says it happened; null when it did not say. */
  @Column(name = "occurred_at")
  private Instant occurredAt;

  /** What the report meant for our status; null when it moved nothing. */
  @Column(name = "mapped_status")
  private MessageStatus mappedStatus;

  protected MessageEvent() {}

  public MessageEvent(
      UUID id,
      UUID messageId,
      String source,
      String eventId,
      String rawStatus,
      String errorCode,
      Instant receivedAt,
      Instant occurredAt,
      MessageStatus mappedStatus) {
    this.id = id;
    this.messageId = messageId;
    this.source = source;
    this.eventId = eventId;
    this.rawStatus = rawStatus;
    this.errorCode = errorCode;
    this.receivedAt = receivedAt;
    this.occurredAt = occurredAt;
    this.mappedStatus = mappedStatus;
  }

  public java.util.Optional<Instant> occurredAt() {
    return java.util.Optional.ofNullable(occurredAt);
  }

  public java.util.Optional<MessageStatus> mappedStatus() {
    return java.util.Optional.ofNullable(mappedStatus);
  }

  public UUID messageId() {
    return messageId;
  }

  public String source() {
    return source;
  }

  public UUID id() {
    return id;
  }

  public Optional<String> eventId() {
    return Optional.ofNullable(eventId);
  }

  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  public String rawStatus() {
    return rawStatus;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
