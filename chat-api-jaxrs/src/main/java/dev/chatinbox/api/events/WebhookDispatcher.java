package dev.chatinbox.api.events;

import dev.chatinbox.api.problem.DatabaseOutage;
import dev.chatinbox.core.application.realtime.ChangeSequencer;
import dev.chatinbox.core.application.realtime.InboxChanged;
import dev.chatinbox.core.application.webhook.WebhookDeliverer;
import dev.chatinbox.core.application.webhook.WebhookFanOut;
import dev.chatinbox.core.application.webhook.WebhookQueue;
import dev.chatinbox.core.application.webhook.WebhookSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives webhooks on this node: a round every {@code chat.webhooks.poll-interval} and right after
 * each local commit that logged a change. A round queues new change-log entries for every endpoint
 * ({@link WebhookFanOut}) and leases endpoints with a delivery due, as many as there are free
 * workers. Each leased endpoint is worked by one thread of a pool of its own ({@code
 * chat.webhooks.workers}, default 8), separate from the threads that serve requests: a slow or dead
 * endpoint holds one worker for at most the timeout per attempt, never a request or another
 * endpoint. Leases (the database's, {@code FOR UPDATE SKIP LOCKED}) keep two nodes from working one
 * endpoint at once; a node that crashed leaves its leases to run out ({@code chat.webhooks.lease}),
 * and the same node, restarted, takes them back at once.
 */
@ApplicationScoped
public class WebhookDispatcher {
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
  static final String NODE_ID = "chat.webhooks.node-id";

  @Resource private ManagedScheduledExecutorService executor;
  @Resource private ManagedThreadFactory threads;

  private ChangeSequencer sequencer;
  private WebhookFanOut fanOut;
  private WebhookQueue queue;
  private WebhookDeliverer deliverer;
  private WebhookSettings settings;
  private ApiIntegratorEvents events;
  private String owner;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private volatile boolean stopped;
  private volatile ScheduledFuture<?> poller;
  private volatile ScheduledFuture<?> pruner;
  private java.time.Duration retention;
  private ThreadPoolExecutor pool;
  private Semaphore free;

  protected WebhookDispatcher() {}

  @Inject
  public WebhookDispatcher(
      ChangeSequencer sequencer,
      WebhookFanOut fanOut,
      WebhookQueue queue,
      WebhookDeliverer deliverer,
      WebhookSettings settings,
      ApiIntegratorEvents events,
      @ConfigProperty(name = NODE_ID) Optional<String> nodeId,
      @ConfigProperty(name = "chat.realtime.retention-hours", defaultValue = "72") long hours) {
    this.retention = java.time.Duration.ofHours(Math.max(1, hours));
    this.events = events;
    this.sequencer = sequencer;
    this.fanOut = fanOut;
    this.queue = queue;
    this.deliverer = deliverer;
    this.settings = settings;
    this.owner = nodeId.filter(n -> !n.isBlank()).orElseGet(WebhookDispatcher::defaultNodeId);
  }

  /** This host and the server's directory (Liberty's working directory): one per server. */
  private static String defaultNodeId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "unknown-host-" + UUID.randomUUID();
    }
    String id = host + ":" + System.getProperty("user.dir", "");
    return id.length() > 200 ? id.substring(id.length() - 200) : id;
  }

  /** Starts the rounds (called once the schema is ready). */
  public synchronized void start() {
    if (poller != null) {
      return;
    }
    int workers = settings.workers();
    free = new Semaphore(workers);
    pool =
        new ThreadPoolExecutor(
            workers, workers, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(workers), threads);
    int released = queue.releaseLeasesOf(owner);
    if (released > 0) {
      LOG.log(
          Level.INFO,
          "Webhooks: {0} endpoint leases of this node''s previous run taken back",
          released);
    }
    long interval = settings.pollInterval().toMillis();
    poller =
        executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxChanged changed) {
    wake();
  }

  /** Asks for a round soon. */
  public void wake() {
    if (poller != null && !stopped) {
      executor.execute(this::round);
    }
  }

  private void round() {
    wanted.set(true);
    if (stopped || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (!stopped && wanted.getAndSet(false)) {
        while (sequencer.sequence() > 0) {
          // numbered: the fan-out reads only numbered (committed) entries
        }
        int rounds = 0;
        while (!stopped && fanOut.round(events) > 0 && ++rounds < 20) {
          wanted.set(true);
        }
        dispatchDue();
      }
    } catch (RuntimeException e) {
      DatabaseOutage.logRoundFailure(LOG, "Webhook round", e);
    } finally {
      running.set(false);
    }
  }

  private void prune() {
    try {
      int pruned = queue.prune(retention);
      if (pruned > 0) {
        LOG.log(Level.FINE, "Webhooks: {0} finished deliveries past retention deleted", pruned);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Webhook delivery pruning failed; next hour retries", e);
    }
  }

  private void dispatchDue() {
    int available = free.availablePermits();
    if (available == 0) {
      return;
    }
    List<UUID> leased = queue.claim(owner, available);
    for (UUID endpoint : leased) {
      free.acquireUninterruptibly();
      try {
        pool.execute(() -> work(endpoint));
      } catch (RuntimeException e) {
        free.release();
        queue.release(endpoint, owner);
        throw e;
      }
    }
  }

  private void work(UUID endpoint) {
    try {
      if (deliverer.work(endpoint, owner) > 0) {
        wanted.set(true);
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Webhook delivery to endpoint " + endpoint + " failed; retried later", e);
    } finally {
      free.release();
    }
    wake();
  }

  @PreDestroy
  void stop() {
    stopped = true;
    if (poller != null) {
      poller.cancel(false);
      pruner.cancel(false);
    }
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
