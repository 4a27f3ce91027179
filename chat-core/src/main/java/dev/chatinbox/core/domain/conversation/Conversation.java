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

  /** {@link ConversationStatus#wireName()}; see {@link #status()}. */
  @Column(nullable = false)
  private String status = ConversationStatus.OPEN.wireName();

  /** Set exactly while the status is snoozed. */
  @Column(name = "snoozed_until")
  private Instant snoozedUntil;

  @Column(name = "assignee_id")
  private UUID assigneeId;

  @Column(name = "team_id")
  private UUID teamId;

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

  public ConversationStatus status() {
    return ConversationStatus.fromWireName(status).orElse(ConversationStatus.OPEN);
  }

  public Optional<Instant> snoozedUntil() {
    return Optional.ofNullable(snoozedUntil);
  }

  public Optional<UUID> assigneeId() {
    return Optional.ofNullable(assigneeId);
  }

  public Optional<UUID> teamId() {
    return Optional.ofNullable(teamId);
  }

  /**
   * Moves to {@code to} ({@code until} is the end of a snooze, required for {@link
   * ConversationStatus#SNOOZED} and ignored otherwise) and returns the change, or empty when
   * nothing changed (same status, same snooze end).
   */
  public Optional<StatusChange> changeStatus(
      ConversationStatus to,
      Optional<Instant> until,
      Optional<UUID> by,
      StatusChangeCause cause,
      Instant now) {
    Instant newUntil = to == ConversationStatus.SNOOZED ? until.orElseThrow() : null;
    ConversationStatus from = status();
    if (from == to && Objects.equals(snoozedUntil, newUntil)) {
      return Optional.empty();
    }
    this.status = to.wireName();
    this.snoozedUntil = newUntil;
    this.updatedAt = now;
    return Optional.of(new StatusChange(id, Optional.of(from), to, now, by, cause));
  }

  /** A contact's message reopens a resolved or snoozed conversation; the change, if any. */
  public Optional<StatusChange> reopenOnInbound(Instant now) {
    ConversationStatus current = status();
    if (current != ConversationStatus.RESOLVED && current != ConversationStatus.SNOOZED) {
      return Optional.empty();
    }
    return changeStatus(
        ConversationStatus.OPEN,
        Optional.empty(),
        Optional.empty(),
        StatusChangeCause.INBOUND,
        now);
  }

  /**
   * Ends a snooze that is due at {@code now}; the change, or empty when it is not snoozed or due.
   */
  public Optional<StatusChange> wake(Instant now) {
    if (status() != ConversationStatus.SNOOZED
        || (snoozedUntil != null && snoozedUntil.isAfter(now))) {
      return Optional.empty();
    }
    return changeStatus(
        ConversationStatus.OPEN, Optional.empty(), Optional.empty(), StatusChangeCause.WAKE, now);
  }

  /** Sets the assignee (empty clears it); whether it changed. */
  public boolean assignTo(Optional<UUID> assignee, Instant now) {
    UUID next = assignee.orElse(null);
    if (Objects.equals(assigneeId, next)) {
      return false;
    }
    this.assigneeId = next;
    this.updatedAt = now;
    return true;
  }

  /** Sets the team (empty clears it); whether it changed. */
  public boolean assignTeam(Optional<UUID> team, Instant now) {
    UUID next = team.orElse(null);
    if (Objects.equals(teamId, next)) {
      return false;
    }
    this.teamId = next;
    this.updatedAt = now;
    return true;
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
