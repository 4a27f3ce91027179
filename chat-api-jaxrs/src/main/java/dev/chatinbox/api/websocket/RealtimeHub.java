package dev.chatinbox.api.websocket;

import dev.chatinbox.api.problem.DatabaseOutage;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.realtime.ChangeFeed;
import dev.chatinbox.core.application.realtime.ChangeLogReader;
import dev.chatinbox.core.application.realtime.ChangeLogRetention;
import dev.chatinbox.core.application.realtime.ChangeSequencer;
import dev.chatinbox.core.application.realtime.InboxChanged;
import dev.chatinbox.core.application.view.FeedEvent;
import dev.chatinbox.core.domain.change.ChangeType;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.domain.shared.DomainException;
import dev.chatinbox.core.spi.ChangeSignal;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the change log to this node's WebSocket clients. One pump thread at a time: it numbers
 * committed changes ({@link ChangeSequencer}), reads what follows the node's position, works out
 * per reader what they may see ({@link ChangeFeed}, once per distinct caller per batch) and queues
 * frames on each subscribed connection. Client requests (subscribe, resume) run on the same thread,
 * between batches, so a resume and live delivery never overlap or repeat.
 *
 * <p>The pump runs right after every local commit that logged a change, when another node signals
 * one ({@link ChangeSignals}), and every {@link #TICK} regardless — so a missed signal only delays.
 */
@ApplicationScoped
public class RealtimeHub {
  private static final Logger LOG = Logger.getLogger(RealtimeHub.class.getName());
  static final Duration TICK = Duration.ofMillis(250);
  static final Duration PING_EVERY = Duration.ofSeconds(25);
  static final Duration IDLE_LIMIT = Duration.ofSeconds(75);
  static final int BATCH = 500;

  /**
   * WebSocket connections one user may hold open on this node (env
   * CHAT_REALTIME_MAX_CONNECTIONS_PER_USER).
   */
  static final String MAX_CONNECTIONS_PER_USER = "chat.realtime.max-connections-per-user";

  /** How far back a resume may reach; further back, the client must reload. */
  static final int RESUME_WINDOW = 10_000;

  @Resource private ManagedScheduledExecutorService executor;

  private ChangeSequencer sequencer;
  private ChangeLogReader log;
  private ChangeFeed feed;
  private ConversationLookup lookup;
  private ChangeSignal signal;
  private ChangeLogRetention retention;
  private int maxConnectionsPerUser;
  private final Map<String, ClientConnection> connections = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Runnable> requests = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean stopped;
  private final AtomicBoolean wanted = new AtomicBoolean();

  /** A woken round is queued on the executor and has not started yet: further wakes join it. */
  private final AtomicBoolean queued = new AtomicBoolean();

  private volatile long position = -1;
  private final List<ScheduledFuture<?>> timers = new ArrayList<>();

  protected RealtimeHub() {}

  @Inject
  public RealtimeHub(
      ChangeSequencer sequencer,
      ChangeLogReader log,
      ChangeFeed feed,
      ConversationLookup lookup,
      ChangeSignal signal,
      ChangeLogRetention retention,
      @ConfigProperty(name = MAX_CONNECTIONS_PER_USER, defaultValue = "20")
          int maxConnectionsPerUser) {
    if (maxConnectionsPerUser < 1) {
      throw new IllegalArgumentException(MAX_CONNECTIONS_PER_USER + " must be at least 1");
    }
    this.maxConnectionsPerUser = maxConnectionsPerUser;
    this.signal = signal;
    this.retention = retention;
    this.sequencer = sequencer;
    this.log = log;
    this.feed = feed;
    this.lookup = lookup;
  }

  /** Starts the pump (called once the schema is ready). */
  public synchronized void start() {
    if (!timers.isEmpty()) {
      return;
    }
    position = log.head();
    timers.add(
        executor.scheduleWithFixedDelay(
            this::pump, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS));
    timers.add(
        executor.scheduleWithFixedDelay(
            this::keepAlive, PING_EVERY.toSeconds(), PING_EVERY.toSeconds(), TimeUnit.SECONDS));
    timers.add(executor.scheduleWithFixedDelay(this::closeStalled, 1, 1, TimeUnit.SECONDS));
    timers.add(executor.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES));
    signal.listen(this::wake);
    LOG.info("Real-time changes between nodes: " + signal.describe());
  }

  private void prune() {
    try {
      int pruned = retention.prune();
      if (pruned > 0) {
        LOG.log(Level.FINE, "Change log: {0} entries past retention deleted", pruned);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Change log pruning failed; next hour retries", e);
    }
  }

  /**
   * Asks for a pump round soon (a change was committed here or elsewhere). Commits that arrive
   * while a round is queued join it (one task, not one per commit); a round that is running reads
   * on while rounds are wanted.
   */
  public void wake() {
    wanted.set(true);
    if (!timers.isEmpty() && queued.compareAndSet(false, true)) {
      try {
        executor.execute(
            () -> {
              queued.set(false);
              pump();
            });
      } catch (RuntimeException rejected) {
        queued.set(false); // shutting down; the timer's round picks up what is wanted
      }
    }
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxChanged changed) {
    wake();
  }

  /**
   * Registers a new connection, unless its user already holds {@code
   * chat.realtime.max-connections-per-user} on this node: then it is closed with 1008 ("too many
   * connections") and false returned.
   */
  synchronized boolean register(ClientConnection connection) {
    long open =
        connections.values().stream()
            .filter(c -> c.caller().userId().equals(connection.caller().userId()))
            .count();
    if (open >= maxConnectionsPerUser) {
      connection.close(
          new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "too many connections"));
      return false;
    }
    connections.put(connection.id(), connection);
    return true;
  }

  void unregister(String connectionId) {
    connections.remove(connectionId);
  }

  int connectionCount() {
    return connections.size();
  }

  /** A client action, run on the pump thread. */
  void handle(ClientConnection connection, ClientAction action) {
    switch (action.kind()) {
      case PING -> connection.send(EventFrames.control("pong", Map.of()));
      case UNSUBSCRIBE -> {
        requests.add(
            () -> {
              connection.unsubscribe(action.conversationId());
              connection.send(
                  EventFrames.control(
                      "unsubscribed",
                      action
                          .conversationId()
                          .map(id -> Map.of("conversationId", id.toString()))
                          .orElse(Map.of())));
            });
        wake();
      }
      case SUBSCRIBE -> {
        requests.add(() -> subscribe(connection, action));
        wake();
      }
    }
  }

  private void subscribe(ClientConnection connection, ClientAction action) {
    if (action.conversationId().isPresent()) {
      try {
        lookup.visible(connection.caller(), action.conversationId().get());
      } catch (DomainException e) {
        connection.send(EventFrames.error("not-found", "No such conversation"));
        return;
      }
    }
    boolean first = !connection.subscribedToAnything();
    connection.subscribe(action.conversationId());
    if (action.since().isPresent()) {
      replay(connection, action.since().get());
    } else if (first) {
      connection.delivered(position);
    }
    Map<String, String> ack = new HashMap<>();
    action.conversationId().ifPresent(id -> ack.put("conversationId", id.toString()));
    ack.put("position", Long.toString(Math.max(connection.delivered(), position)));
    connection.send(EventFrames.control("subscribed", ack));
  }

  private void replay(ClientConnection connection, long since) {
    if (position - since > RESUME_WINDOW) {
      connection.send(
          EventFrames.error(
              "resume-window-exceeded",
              "More than "
                  + RESUME_WINDOW
                  + " events passed since "
                  + since
                  + ": reload the inbox"));
      connection.delivered(position);
      return;
    }
    long from = since;
    while (from < position) {
      List<LoggedChange> batch = log.after(from, BATCH);
      List<LoggedChange> upToPosition =
          batch.stream().filter(c -> c.sequence() <= position).toList();
      if (upToPosition.isEmpty()) {
        break;
      }
      deliver(
          connection,
          frames(feed.visibleTo(connection.caller(), upToPosition, Optional.empty())),
          since);
      from = upToPosition.get(upToPosition.size() - 1).sequence();
    }
    connection.delivered(position);
  }

  private void pump() {
    wanted.set(true);
    if (stopped || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (!stopped && wanted.getAndSet(false)) {
        Runnable request;
        while ((request = requests.poll()) != null) {
          request.run();
        }
        boolean numbered = false;
        while (sequencer.sequence() > 0) {
          numbered = true;
          wanted.set(true);
        }
        List<LoggedChange> batch;
        while (!(batch = log.after(position, BATCH)).isEmpty()) {
          broadcast(batch);
          position = batch.get(batch.size() - 1).sequence();
          while ((request = requests.poll()) != null) {
            request.run();
          }
        }
        if (numbered) {
          signal.publish(position); // other nodes read the log themselves
        }
      }
    } catch (RuntimeException e) {
      DatabaseOutage.logRoundFailure(LOG, "Real-time round", e);
    } finally {
      running.set(false);
    }
  }

  /**
   * Sends a batch to every subscribed connection. What a reader may see, and each event's frame,
   * are worked out once per reader (the caller: views differ by who reads them, e.g. "You" as a
   * sender) and shared by all of that reader's connections — the JSON of an event is written once,
   * not once per socket.
   */
  private void broadcast(List<LoggedChange> batch) {
    Map<Caller, List<Frame>> byReader = new HashMap<>();
    for (ClientConnection connection : connections.values()) {
      if (!connection.subscribedToAnything() || !connection.open()) {
        continue;
      }
      List<Frame> visible =
          byReader.computeIfAbsent(
              connection.caller(), c -> frames(feed.visibleTo(c, batch, Optional.empty())));
      deliver(connection, visible, connection.delivered());
      connection.delivered(batch.get(batch.size() - 1).sequence());
    }
  }

  /** An event with its frame, serialised once for all the connections that get it. */
  private record Frame(FeedEvent event, String json) {}

  private static List<Frame> frames(List<FeedEvent> events) {
    return events.stream().map(e -> new Frame(e, EventFrames.event(e))).toList();
  }

  private static void deliver(ClientConnection connection, List<Frame> frames, long after) {
    for (Frame frame : frames) {
      // a mention reaches its user whatever conversations they subscribed to
      if (frame.event().sequence() > after
          && (frame.event().type() == ChangeType.MENTION
              || connection.wants(frame.event().conversationId().orElseThrow()))) {
        connection.send(frame.json());
      }
    }
  }

  /** Closes the clients that stopped reading while their frames piled up (ClientConnection). */
  private void closeStalled() {
    long now = System.nanoTime();
    connections.values().forEach(c -> c.closeIfStalled(now));
  }

  private void keepAlive() {
    Instant now = Instant.now();
    for (ClientConnection connection : connections.values()) {
      if (!connection.open()) {
        connections.remove(connection.id());
      } else if (now.isAfter(connection.tokenExpiresAt())) {
        connection.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "token expired"));
        connections.remove(connection.id());
      } else if (connection.lastSeen().plus(IDLE_LIMIT).isBefore(now)) {
        connection.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "no answer to pings"));
        connections.remove(connection.id());
      } else {
        connection.ping();
      }
    }
  }

  @PreDestroy
  void stop() {
    stopped = true; // a round running now ends without touching the closing persistence unit
    timers.forEach(t -> t.cancel(false));
    connections
        .values()
        .forEach(
            c -> c.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server stopping")));
  }
}
