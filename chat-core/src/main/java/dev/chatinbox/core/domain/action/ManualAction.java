package dev.chatinbox.core.domain.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Something a team member has to do by hand for a conversation (call back, refund, check an order).
 * Linked to its conversation by id only.
 *
 * <p>Invariant: {@link #completedAt()} is present exactly while the action is closed ({@code
 * completed} or {@code failed}): it is when it was closed. Reopening clears it; repeating the
 * current status keeps it.
 */
@Entity
@Table(name = "manual_actions")
public class ManualAction {
  /** Longest description accepted (the column's size). */
  public static final int MAX_ACTION_LENGTH = 1000;

  @Id private UUID id;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private ManualActionStatus status;

  @Column(name = "assigned_to")
  private UUID assignedTo;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  protected ManualAction() {}

  /** A new pending action. */
  public ManualAction(
      UUID id,
      UUID conversationId,
      String action,
      Optional<UUID> assignedTo,
      UUID createdBy,
      Instant now) {
    this.id = Objects.requireNonNull(id);
    this.conversationId = Objects.requireNonNull(conversationId);
    this.action = requireDescription(action);
    this.status = ManualActionStatus.PENDING;
    this.assignedTo = assignedTo.orElse(null);
    this.createdBy = createdBy;
    this.createdAt = Objects.requireNonNull(now);
  }

  /**
   * The description as stored (trimmed), or an exception when it is blank or too long.
   *
   * @throws IllegalArgumentException when it is not 1..{@value #MAX_ACTION_LENGTH} characters
   */
  public static String requireDescription(String action) {
    String trimmed = action == null ? "" : action.trim();
    if (trimmed.isEmpty() || trimmed.length() > MAX_ACTION_LENGTH) {
      throw new IllegalArgumentException("action must be 1.." + MAX_ACTION_LENGTH + " characters");
    }
    return trimmed;
  }

  /**
   * Moves to {@code next}: closing stamps {@link #completedAt()} with {@code now}, reopening clears
   * it. The same status again changes nothing.
   *
   * @return whether anything changed
   */
  public boolean changeStatus(ManualActionStatus next, Instant now) {
    Objects.requireNonNull(next);
    if (next == status) {
      return false;
    }
    status = next;
    completedAt = next.isClosed() ? Objects.requireNonNull(now) : null;
    return true;
  }

  /** Gives the action to a user, or to nobody. */
  public void assignTo(Optional<UUID> assignee) {
    this.assignedTo = assignee.orElse(null);
  }

  public UUID id() {
    return id;
  }

  public UUID conversationId() {
    return conversationId;
  }

  public String action() {
    return action;
  }

  public ManualActionStatus status() {
    return status;
  }

  public Optional<UUID> assignedTo() {
    return Optional.ofNullable(assignedTo);
  }

  public Optional<UUID> createdBy() {
    return Optional.ofNullable(createdBy);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }
}
