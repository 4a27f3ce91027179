package dev.chatinbox.core.application.webhook;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.domain.change.InboxChangeRepository;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.webhook.EventTypes;
import dev.chatinbox.core.domain.webhook.WebhookDelivery;
import dev.chatinbox.core.domain.webhook.WebhookEndpoint;
import dev.chatinbox.core.domain.webhook.WebhookRepository;
import dev.chatinbox.core.domain.webhook.WebhookRepository.QueuedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook subscriptions (ADMIN only): create (the secret is shown once), change, delete, rotate the
 * secret (the previous one keeps signing for {@link #ROTATION_OVERLAP}), the delivery list, a
 * manual retry, a test ({@code ping}) and a replay of the log after an event id.
 */
@ApplicationScoped
public class WebhookEndpointService {
  public static final int MAX_ENDPOINTS = 50;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_EVENT_TYPES = 20;
  public static final int MAX_REPLAY = 10_000;
  public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
  static final int REPLAY_BATCH = 500;

  private WebhookRepository repository;
  private WebhookUrlPolicy policy;
  private WebhookSecrets secrets;
  private AccessPolicy access;
  private InboxChangeRepository log;
  private Clock clock;

  protected WebhookEndpointService() {}

  @Inject
  public WebhookEndpointService(
      WebhookRepository repository,
      WebhookUrlPolicy policy,
      WebhookSecrets secrets,
      AccessPolicy access,
      InboxChangeRepository log,
      Clock clock) {
    this.repository = repository;
    this.policy = policy;
    this.secrets = secrets;
    this.access = access;
    this.log = log;
    this.clock = clock;
  }

  /** What a creation asks for. */
  public record NewEndpoint(
      String url, List<String> eventTypes, Optional<String> description, boolean enabled) {}

  /** A change: each present field is set ({@code description} empty inside: removed). */
  public record EndpointPatch(
      Optional<String> url,
      Optional<List<String>> eventTypes,
      Optional<Optional<String>> description,
      Optional<Boolean> enabled) {}

  /** A new endpoint and its secret, which is never shown again. */
  public record Created(WebhookEndpoint endpoint, String secret) {}

  /** What a replay queued: events up to {@code through}; {@code more} when the cap stopped it. */
  public record Replayed(int queued, long through, boolean more) {}

  @Transactional
  public Created create(Caller caller, NewEndpoint input) {
    requireAdmin(caller);
    List<FieldViolation> problems = new ArrayList<>();
    List<String> types = eventTypes(input.eventTypes(), problems);
    Optional<String> description = description(input.description(), problems);
    String url = url(input.url(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (repository.list(MAX_ENDPOINTS + 1).size() >= MAX_ENDPOINTS) {
      throw new ConflictException(
          "too-many-webhook-endpoints", "At most " + MAX_ENDPOINTS + " webhook endpoints");
    }
    Instant now = clock.instant();
    String secret = secrets.generate();
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            UUID.randomUUID(),
            url,
            description,
            types,
            input.enabled(),
            Optional.empty(),
            secrets.seal(secret),
            Optional.empty(),
            Optional.empty(),
            log.head(), // events from now on; older ones by replay
            Optional.empty(),
            Optional.empty(),
            now,
            now);
    repository.add(endpoint);
    return new Created(endpoint, secret);
  }

  @Read
  public List<WebhookEndpoint> list(Caller caller) {
    requireAdmin(caller);
    return repository.list(MAX_ENDPOINTS);
  }

  @Read
  public WebhookEndpoint get(Caller caller, UUID id) {
    requireAdmin(caller);
    return repository.find(id).orElseThrow(WebhookEndpointService::unknown);
  }

  @Transactional
  public WebhookEndpoint update(Caller caller, UUID id, EndpointPatch patch) {
    requireAdmin(caller);
    WebhookEndpoint e = repository.lock(id).orElseThrow(WebhookEndpointService::unknown);
    List<FieldViolation> problems = new ArrayList<>();
    String url = patch.url().map(u -> url(u, problems)).orElse(e.url());
    List<String> types =
        patch.eventTypes().map(t -> eventTypes(t, problems)).orElse(e.eventTypes());
    Optional<String> description =
        patch.description().map(d -> description(d, problems)).orElse(e.description());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    boolean enabled = patch.enabled().orElse(e.enabled());
    boolean reenabled = enabled && !e.enabled();
    Instant now = clock.instant();
    WebhookEndpoint changed =
        new WebhookEndpoint(
            e.id(),
            url,
            description,
            types,
            enabled,
            enabled ? Optional.empty() : e.disabledReason(),
            e.sealedSecret(),
            e.sealedPreviousSecret(),
            e.previousSecretUntil(),
            e.cursor(),
            reenabled ? Optional.of(now) : e.nextAttemptAt(),
            reenabled ? Optional.empty() : e.failingSince(),
            e.createdAt(),
            now);
    repository.update(changed);
    return changed;
  }

  @Transactional
  public void delete(Caller caller, UUID id) {
    requireAdmin(caller);
    if (!repository.delete(id)) {
      throw unknown();
    }
  }

  /** A new secret; the previous one keeps signing (second signature) for 24 hours. */
  @Transactional
  public Created rotate(Caller caller, UUID id) {
    requireAdmin(caller);
    WebhookEndpoint e = repository.lock(id).orElseThrow(WebhookEndpointService::unknown);
    Instant now = clock.instant();
    String secret = secrets.generate();
    WebhookEndpoint rotated =
        new WebhookEndpoint(
            e.id(),
            e.url(),
            e.description(),
            e.eventTypes(),
            e.enabled(),
            e.disabledReason(),
            secrets.seal(secret),
            Optional.of(e.sealedSecret()),
            Optional.of(now.plus(ROTATION_OVERLAP)),
            e.cursor(),
            e.nextAttemptAt(),
            e.failingSince(),
            e.createdAt(),
            now);
    repository.update(rotated);
    return new Created(rotated, secret);
  }

  /** Deliveries newest first, each with its attempts. */
  @Read
  public List<WebhookDelivery> deliveries(
      Caller caller, UUID id, Optional<Long> before, int limit) {
    requireAdmin(caller);
    repository.find(id).orElseThrow(WebhookEndpointService::unknown);
    return repository.deliveries(id, before, limit);
  }

  /**
   * Tries a delivery again: a pending one at once, a delivered or failed one as a new delivery of
   * the same event (same {@code webhook-id}) at the end of the queue.
   *
   * @return the delivery that will be attempted
   */
  @Transactional
  public long retry(Caller caller, UUID id, long deliveryId) {
    requireAdmin(caller);
    repository.lock(id).orElseThrow(WebhookEndpointService::unknown);
    WebhookDelivery delivery =
        repository
            .delivery(id, deliveryId)
            .orElseThrow(() -> new ObjectNotFoundException("Webhook delivery"));
    Instant now = clock.instant();
    if (delivery.state() == WebhookDelivery.State.PENDING) {
      repository.reschedule(deliveryId, now);
      WebhookEndpoint e = repository.find(id).orElseThrow();
      repository.update(WebhookQueue.withSchedule(e, Optional.of(now), e.failingSince()));
      return deliveryId;
    }
    return repository
        .enqueue(
            id,
            List.of(new QueuedEvent(delivery.eventId(), delivery.eventType(), delivery.payload())),
            now)
        .get(0);
  }

  /** Queues a {@code ping} event. @return its delivery */
  @Transactional
  public long test(Caller caller, UUID id) {
    requireAdmin(caller);
    repository.lock(id).orElseThrow(WebhookEndpointService::unknown);
    Instant now = clock.instant();
    String body =
        Json.createObjectBuilder()
            .add("type", EventTypes.PING)
            .add("timestamp", now.toString())
            .add("data", Json.createObjectBuilder().add("endpointId", id.toString()))
            .build()
            .toString();
    String eventId = "ping_" + UUID.randomUUID().toString().replace("-", "");
    return repository
        .enqueue(id, List.of(new QueuedEvent(eventId, EventTypes.PING, body)), now)
        .get(0);
  }

  /**
   * Queues again every event after {@code since} up to what the endpoint has been sent (its
   * cursor), of the types it wants, at most {@link #MAX_REPLAY}; 409 replay-window-exceeded when
   * the log no longer holds all of them. {@code events} renders them (the API module's).
   */
  @Transactional
  public Replayed replay(Caller caller, UUID id, long since, IntegratorEvents events) {
    requireAdmin(caller);
    WebhookEndpoint e = repository.lock(id).orElseThrow(WebhookEndpointService::unknown);
    requireRetained(since);
    long from = since;
    int queued = 0;
    Instant now = clock.instant();
    while (from < e.cursor() && queued < MAX_REPLAY) {
      List<LoggedChange> batch =
          log.after(from, REPLAY_BATCH).stream().filter(c -> c.sequence() <= e.cursor()).toList();
      if (batch.isEmpty()) {
        break;
      }
      List<QueuedEvent> part =
          events.render(batch).stream()
              .filter(r -> e.wants(r.type()))
              .limit(MAX_REPLAY - queued)
              .map(r -> new QueuedEvent(r.id(), r.type(), r.body()))
              .toList();
      if (!part.isEmpty()) {
        repository.enqueue(id, part, now);
      }
      queued += part.size();
      from =
          part.size() < batch.size() && queued >= MAX_REPLAY
              ? Long.parseLong(part.get(part.size() - 1).eventId())
              : batch.get(batch.size() - 1).sequence();
    }
    return new Replayed(queued, from, from < e.cursor());
  }

  /** 409 when entries after {@code after} were pruned from the log. */
  void requireRetained(long after) {
    if (after < log.oldest() - 1) {
      throw new ConflictException(
          "replay-window-exceeded",
          "Events after "
              + after
              + " are no longer kept (the log keeps chat.realtime.retention-hours); the oldest is "
              + log.oldest());
    }
  }

  private String url(String raw, List<FieldViolation> problems) {
    try {
      return policy.accept("url", raw).toString();
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
      return raw;
    }
  }

  private static List<String> eventTypes(List<String> raw, List<FieldViolation> problems) {
    if (raw == null || raw.isEmpty()) {
      problems.add(
          new FieldViolation("eventTypes", "must list at least one event type, or \"*\" for all"));
      return List.of();
    }
    LinkedHashSet<String> types = new LinkedHashSet<>();
    for (String t : raw) {
      String type = t == null ? "" : t.strip();
      if (!type.equals(EventTypes.ALL) && !EventTypes.SUBSCRIBABLE.contains(type)) {
        problems.add(
            new FieldViolation(
                "eventTypes",
                "unknown event type '"
                    + (type.length() > 50 ? type.substring(0, 50) : type)
                    + "'; known: *, "
                    + String.join(", ", EventTypes.SUBSCRIBABLE)));
        return List.of();
      }
      types.add(type);
    }
    if (types.size() > MAX_EVENT_TYPES) {
      problems.add(new FieldViolation("eventTypes", "at most " + MAX_EVENT_TYPES + " types"));
    }
    return List.copyOf(types);
  }

  private static Optional<String> description(Optional<String> raw, List<FieldViolation> problems) {
    Optional<String> d = raw.map(String::strip).filter(s -> !s.isEmpty());
    if (d.isPresent() && d.get().length() > MAX_DESCRIPTION) {
      problems.add(new FieldViolation("description", "at most " + MAX_DESCRIPTION + " characters"));
    }
    return d;
  }

  private void requireAdmin(Caller caller) {
    access.requireInbox(caller);
    access.requireAdmin(caller, "manage webhooks");
  }

  private static ObjectNotFoundException unknown() {
    return new ObjectNotFoundException("Webhook endpoint");
  }
}
