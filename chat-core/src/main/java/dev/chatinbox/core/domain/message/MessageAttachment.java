package dev.chatinbox.core.domain.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to a message: inbound media (remote {@code url}) or stored content. */
@Entity
@Table(name = "message_attachments")
public class MessageAttachment {
  @Id private UUID id;

  @Column(name = "message_id", nullable = false)
  private UUID messageId;

  @Column(nullable = false)
  private String filename;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  private String url;

  @Column(name = "storage_key")
  private String storageKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MessageAttachment() {}

  public MessageAttachment(
      UUID id,
      UUID messageId,
      String filename,
      String contentType,
      long sizeBytes,
      String url,
      Instant now) {
    this.id = id;
    this.messageId = messageId;
    this.filename = filename;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.url = url;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID messageId() {
    return messageId;
  }

  public String filename() {
    return filename;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String url() {
    return url;
  }
}
