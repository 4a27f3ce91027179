package dev.chatinbox.core.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Endpoints, their delivery queues and attempts. Writes join the caller's transaction; the claim
 * methods lock rows for it.
 */
public interface WebhookRepository {
  void add(WebhookEndpoint endpoint);

  Optional<WebhookEndpoint> find(UUID id);

  /** The endpoint, its row locked until the transaction ends. */
  Optional<WebhookEndpoint> lock(UUID id);

  /** Every endpoint, newest first, at most {@code limit}. */
  List<WebhookEndpoint> list(int limit);

  /** Enabled endpoints: those the change log is fanned out to. */
  List<WebhookEndpoint> enabled();

  /** Writes every field but the id, the creation time and the lease. */
  void update(WebhookEndpoint endpoint);

  boolean delete(UUID id);

  /**
   * Moves the cursor from {@code from} to {@code to} and queues {@code events}, unless another
   * writer moved it first.
   *
   * @return whether this call moved it
   */
  boolean advance(UUID endpointId, long from, long to, List<QueuedEvent> events, Instant now);

  /** Queues events at the end of the endpoint's queue (replay, test, manual retry). */
  List<Long> enqueue(UUID endpointId, List<QueuedEvent> events, Instant now);

  /**
   * Leases up to {@code limit} enabled endpoints with a due delivery and no valid lease to {@code
   * owner} until {@code until}; their ids.
   */
  List<UUID> claimDue(String owner, Instant now, Instant until, int limit);

  /** Extends a lease still held by {@code owner}; false when it is no longer theirs. */
  boolean renewLease(UUID endpointId, String owner, Instant until);

  void releaseLease(UUID endpointId, String owner);

  /** Gives up every lease of {@code owner} (a restarted node: its previous run is gone). */
  int releaseLeasesOf(String owner);

  /** The oldest pending delivery of the endpoint. */
  Optional<WebhookDelivery> head(UUID endpointId);

  Optional<WebhookDelivery> delivery(UUID endpointId, long deliveryId);

  /** The endpoint's deliveries, newest first, with their attempts, before {@code before}. */
  List<WebhookDelivery> deliveries(UUID endpointId, Optional<Long> before, int limit);

  /** Records an attempt and the delivery's new state. */
  void recordAttempt(
      long deliveryId,
      WebhookAttempt attempt,
      WebhookDelivery.State state,
      Optional<Instant> nextAttemptAt);

  /** Makes a pending delivery due at {@code at}. */
  void reschedule(long deliveryId, Instant at);

  /** Deletes finished deliveries created before {@code time}. @return how many */
  int pruneBefore(Instant time);

  /**
   * An event to queue.
   *
   * @param eventId the {@code webhook-id}
   */
  record QueuedEvent(String eventId, String eventType, String payload) {}
}
