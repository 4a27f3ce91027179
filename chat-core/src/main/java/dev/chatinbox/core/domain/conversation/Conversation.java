package dev.chatinbox.core.domain.conversation;

import dev.chatinbox.core.domain.shared.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The thread between the team and one contact on one channel. */
@Entity
@Table(name = "conversations")
public class Conversation {
  /** Highest unread count a client may set (marking unread is a UI gesture, not a counter). */
  public static final int MAX_UNREAD = 1_000_000;

  @Id private UUID id;

  @Column(name = "contact_id", nullable = false)
  private UUID contactId;

  @Column(nullable = false)
  private Channel channel;

  @Column(name = "unread_count", nullable = false)
  private int unreadCount;

  @Column(name = "is_starred", nullable = false)
  private boolean starred;

  @Column(name = "last_message_id")
  private UUID lastMessageId;

  @Column(name = "last_message_at")
  private Instant lastMessageAt;

  /** Keyset sort key: the last message time, or the creation time before any message. */
  @Column(name = "sort_at", nullable = false)
  private Instant sortAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Conversation() {}

  public Conversation(UUID id, UUID contactId, Channel channel, Instant now) {
    this.id = Objects.requireNonNull(id);
    this.contactId = Objects.requireNonNull(contactId);
    this.channel = Objects.requireNonNull(channel);
    this.createdAt = now;
    this.updatedAt = now;
    this.sortAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID contactId() {
    return contactId;
  }

  public Channel channel() {
    return channel;
  }

  public int unreadCount() {
    return unreadCount;
  }

  public boolean starred() {
    return starred;
  }

  public Optional<UUID> lastMessageId() {
    return Optional.ofNullable(lastMessageId);
  }

  public Optional<Instant> lastMessageAt() {
    return Optional.ofNullable(lastMessageAt);
  }

  public Instant sortAt() {
    return sortAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public void star(boolean starred, Instant now) {
    this.starred = starred;
    this.updatedAt = now;
  }

  /** Sets the unread count (0 marks the conversation read). */
  public void setUnreadCount(int unreadCount, Instant now) {
    if (unreadCount < 0 || unreadCount > MAX_UNREAD) {
      throw new IllegalArgumentException("unreadCount must be between 0 and " + MAX_UNREAD);
    }
    this.unreadCount = unreadCount;
    this.updatedAt = now;
  }

  /**
   * Records a message as the latest one. A message older than the current last message (a late
   * import, a delayed callback) does not move the last message back.
   */
  public void recordMessage(UUID messageId, Instant occurredAt, boolean fromContact, Instant now) {
    if (lastMessageAt == null || !occurredAt.isBefore(lastMessageAt)) {
      this.lastMessageId = messageId;
      this.lastMessageAt = occurredAt;
      this.sortAt = occurredAt;
    }
    if (fromContact) {
      this.unreadCount = Math.min(MAX_UNREAD, unreadCount + 1);
    }
    this.updatedAt = now;
  }
}
