package dev.chatinbox.core.application.webhook;

import dev.chatinbox.core.domain.webhook.WebhookAttempt;
import dev.chatinbox.core.domain.webhook.WebhookDelivery;
import dev.chatinbox.core.domain.webhook.WebhookEndpoint;
import dev.chatinbox.core.domain.webhook.WebhookRepository;
import dev.chatinbox.core.domain.webhook.WebhookRepository.QueuedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The short transactions of delivery, each on its own: queue events for an endpoint and move its
 * cursor, lease due endpoints, take an endpoint's next delivery, record an attempt. No HTTP call
 * runs inside any of them.
 */
@ApplicationScoped
public class WebhookQueue {
  private WebhookRepository repository;
  private WebhookSettings settings;
  private RetrySchedule schedule;
  private Clock clock;

  protected WebhookQueue() {}

  @Inject
  public WebhookQueue(WebhookRepository repository, WebhookSettings settings, Clock clock) {
    this.repository = repository;
    this.settings = settings;
    this.schedule = new RetrySchedule(settings.backoffScale());
    this.clock = clock;
  }

  /** A delivery to attempt, with its endpoint as it was when taken. */
  public record Job(WebhookEndpoint endpoint, WebhookDelivery delivery) {}

  /** What an attempt got. */
  public record Outcome(
      Optional<Integer> status,
      Optional<Duration> retryAfter,
      Duration took,
      Optional<String> error) {
    public boolean delivered() {
      return status.filter(s -> s >= 200 && s < 300).isPresent();
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<WebhookEndpoint> enabled() {
    return repository.enabled();
  }

  /** Queues {@code events} for the endpoint and moves its cursor, unless another node did. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean advance(UUID endpointId, long from, long to, List<QueuedEvent> events) {
    return repository.advance(endpointId, from, to, events, clock.instant());
  }

  /** Leases up to {@code limit} endpoints that have a delivery due. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<UUID> claim(String owner, int limit) {
    Instant now = clock.instant();
    return repository.claimDue(owner, now, now.plus(settings.lease()), limit);
  }

  /**
   * Deletes delivered and failed deliveries older than the change log's retention ({@code
   * chat.realtime.retention-hours}): replay reaches no further back anyway.
   *
   * @return how many
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int prune(Duration retention) {
    return repository.pruneBefore(clock.instant().minus(retention));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int releaseLeasesOf(String owner) {
    return repository.releaseLeasesOf(owner);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(UUID endpointId, String owner) {
    repository.releaseLease(endpointId, owner);
  }

  /**
   * The endpoint's oldest pending delivery if it is due and the lease is still {@code owner}'s
   * (renewed for the attempt). Otherwise the endpoint's due time is brought up to date, the lease
   * given back, and nothing returned.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Job> next(UUID endpointId, String owner) {
    Optional<WebhookEndpoint> locked = repository.lock(endpointId);
    Instant now = clock.instant();
    if (locked.isEmpty() || !repository.renewLease(endpointId, owner, now.plus(settings.lease()))) {
      return Optional.empty();
    }
    WebhookEndpoint endpoint = locked.get();
    Optional<WebhookDelivery> head =
        endpoint.enabled() ? repository.head(endpointId) : Optional.empty();
    Optional<Instant> due = head.map(d -> d.nextAttemptAt().orElse(now));
    if (head.isPresent() && !due.get().isAfter(now)) {
      return Optional.of(new Job(endpoint, head.get()));
    }
    if (!due.equals(endpoint.nextAttemptAt())) {
      repository.update(withSchedule(endpoint, due, endpoint.failingSince()));
    }
    repository.releaseLease(endpointId, owner);
    return Optional.empty();
  }

  /**
   * Records an attempt: 2xx delivers (the next delivery is due at once); 410 fails it and disables
   * the endpoint; anything else schedules a retry ({@link RetrySchedule}), or, once the endpoint
   * has failed for {@link WebhookSettings#giveUpAfter}, fails it and disables the endpoint with the
   * reason kept.
   *
   * @return whether the endpoint's next delivery may follow at once
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean record(Job job, Outcome outcome) {
    Instant now = clock.instant();
    WebhookEndpoint endpoint = repository.lock(job.endpoint().id()).orElse(null);
    if (endpoint == null) {
      return false; // deleted meanwhile: its deliveries went with it
    }
    long deliveryId = job.delivery().id();
    if (outcome.delivered()) {
      repository.recordAttempt(
          deliveryId,
          attempt(now, outcome, Optional.empty()),
          WebhookDelivery.State.DELIVERED,
          Optional.empty());
      repository.update(withSchedule(endpoint, Optional.of(now), Optional.empty()));
      return true;
    }
    if (outcome.status().filter(s -> s == 410).isPresent()) {
      repository.recordAttempt(
          deliveryId,
          attempt(now, outcome, Optional.empty()),
          WebhookDelivery.State.FAILED,
          Optional.empty());
      repository.update(disabled(endpoint, "The endpoint answered 410 Gone at " + now, now));
      return false;
    }
    Instant failingSince = endpoint.failingSince().orElse(now);
    if (!now.isBefore(failingSince.plus(settings.giveUpAfter()))) {
      repository.recordAttempt(
          deliveryId,
          attempt(now, outcome, Optional.empty()),
          WebhookDelivery.State.FAILED,
          Optional.empty());
      repository.update(
          disabled(
              endpoint,
              "Deliveries failed since "
                  + failingSince
                  + "; last: "
                  + outcome
                      .status()
                      .map(s -> "HTTP " + s)
                      .orElse(outcome.error().orElse("no answer")),
              now));
      return false;
    }
    Instant retryAt =
        now.plus(schedule.after(job.delivery().attemptsMade() + 1, outcome.retryAfter()));
    repository.recordAttempt(
        deliveryId,
        attempt(now, outcome, Optional.of(retryAt)),
        WebhookDelivery.State.PENDING,
        Optional.of(retryAt));
    repository.update(withSchedule(endpoint, Optional.of(retryAt), Optional.of(failingSince)));
    return false;
  }

  private static WebhookAttempt attempt(Instant now, Outcome outcome, Optional<Instant> nextRetry) {
    return new WebhookAttempt(
        now.minus(outcome.took()), outcome.status(), outcome.took(), outcome.error(), nextRetry);
  }

  static WebhookEndpoint withSchedule(
      WebhookEndpoint e, Optional<Instant> due, Optional<Instant> failingSince) {
    return new WebhookEndpoint(
        e.id(),
        e.url(),
        e.description(),
        e.eventTypes(),
        e.enabled(),
        e.disabledReason(),
        e.sealedSecret(),
        e.sealedPreviousSecret(),
        e.previousSecretUntil(),
        e.cursor(),
        due,
        failingSince,
        e.createdAt(),
        e.updatedAt());
  }

  private static WebhookEndpoint disabled(WebhookEndpoint e, String reason, Instant now) {
    return new WebhookEndpoint(
        e.id(),
        e.url(),
        e.description(),
        e.eventTypes(),
        false,
        Optional.of(reason),
        e.sealedSecret(),
        e.sealedPreviousSecret(),
        e.previousSecretUntil(),
        e.cursor(),
        Optional.empty(),
        e.failingSince(),
        e.createdAt(),
        now);
  }
}
