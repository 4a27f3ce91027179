package dev.chatinbox.core.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A message on its way to the carrier. {@code pending} until a dispatcher claims it; {@code
 * in_flight} while a carrier call is (or may be) under way — the attempt is recorded before the
 * call, so that a crash during the call is reconciled rather than blindly repeated; {@code done}
 * once the carrier accepted or finally refused it.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry {
  /** Where an entry is in its life. */
  public enum State {
    pending,
    in_flight,
    done
  }

  /** Longest error text kept. */
  static final int MAX_ERROR = 1000;

  @Id
  @Column(name = "message_id")
  private UUID messageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "attempted_at")
  private Instant attemptedAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OutboxEntry() {}

  /** A message due at {@code dueAt} (now, or its scheduled time). */
  public OutboxEntry(UUID messageId, Instant dueAt, Instant now) {
    this.messageId = messageId;
    this.state = State.pending;
    this.nextAttemptAt = dueAt;
    this.createdAt = now;
  }

  public UUID messageId() {
    return messageId;
  }

  public State state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<Instant> attemptedAt() {
    return Optional.ofNullable(attemptedAt);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  /**
   * Claims a pending entry for a dispatcher until {@code until}, without recording an attempt: if
   * the dispatcher dies before its call, the entry is simply due again then (nothing to reconcile).
   */
  public void claim(Instant until) {
    this.nextAttemptAt = until;
  }

  /** Records that a carrier call starts now; the lease says until when it may be in progress. */
  public void startAttempt(Instant now, Duration lease) {
    this.state = State.in_flight;
    this.attempts++;
    this.attemptedAt = now;
    this.lockedUntil = now.plus(lease);
  }

  /**
   * Locks an entry whose earlier call may have reached the carrier while the carrier is asked about
   * it: neither the attempt count nor the time of that attempt change, so that repeated
   * reconciliation rounds still look for what the one uncertain call may have created.
   */
  public void startReconciliation(Instant now, Duration lease) {
    this.state = State.in_flight;
    this.lockedUntil = now.plus(lease);
  }

  /**
   * The call failed in a way that leaves open whether the carrier took the message (timeout,
   * connection lost): the attempt stays open, and the carrier is asked from {@code reconcileAt} on.
   */
  public void outcomeUnknown(Instant reconcileAt, String error) {
    this.state = State.in_flight;
    this.lockedUntil = reconcileAt;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
  }

  /** Whether a started call has outlived its lease (its node probably died during the call). */
  public boolean leaseExpired(Instant now) {
    return state == State.in_flight && lockedUntil != null && lockedUntil.isBefore(now);
  }

  /** The carrier took the message, or refused it for good. */
  public void finish(Instant now) {
    this.state = State.done;
    this.lockedUntil = null;
    this.nextAttemptAt = now;
  }

  /** Tries again at {@code at} after a failure that may pass. */
  public void retryAt(Instant at, String error) {
    this.state = State.pending;
    this.lockedUntil = null;
    this.nextAttemptAt = at;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
  }

  /**
   * Keeps an interrupted call in flight until {@code until} (waiting for the carrier to confirm).
   */
  public void holdUntil(Instant until) {
    this.state = State.in_flight;
    this.lockedUntil = until;
  }

  /** Waits (pacing) without counting an attempt. */
  public void postpone(Instant at) {
    this.nextAttemptAt = at;
  }
}
