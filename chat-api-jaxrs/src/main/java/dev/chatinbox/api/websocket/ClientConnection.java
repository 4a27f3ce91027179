package dev.chatinbox.api.websocket;

import dev.chatinbox.core.application.access.Caller;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client's socket: what it subscribed to, and a bounded queue of frames sent one at a time
 * asynchronously (the next frame leaves when the previous one completed). A client that stops
 * reading — more than {@link #MAX_QUEUED} frames waiting while the frame in flight has not left for
 * {@link #STALL} — or falls more than {@link #HARD_MAX_QUEUED} frames behind is closed (1013, "try
 * again later") instead of growing memory or slowing anyone else; it can reconnect and resume from
 * its last event id. A client that keeps reading is not closed for a burst bigger than {@link
 * #MAX_QUEUED} (a busy server would otherwise drop healthy clients whenever events come faster than
 * one socket drains).
 */
final class ClientConnection {
  private static final Logger LOG = Logger.getLogger(ClientConnection.class.getName());
  static final int MAX_QUEUED = 1_000;
  static final int HARD_MAX_QUEUED = 10_000;
  static final Duration STALL = Duration.ofSeconds(2);

  private final Session session;
  private final Caller caller;
  private final Instant tokenExpiresAt;
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private boolean sending;
  private long sendStartedNanos; // of the frame in flight, while sending
  private boolean closed;

  // subscription state, read and written on the hub's thread only
  private boolean all;
  private final Set<UUID> conversations = new HashSet<>();
  private long delivered;
  private volatile Instant lastSeen = Instant.now();

  ClientConnection(Session session, Caller caller, Instant tokenExpiresAt) {
    this.session = session;
    this.caller = caller;
    this.tokenExpiresAt = tokenExpiresAt;
  }

  String id() {
    return session.getId();
  }

  Caller caller() {
    return caller;
  }

  Instant tokenExpiresAt() {
    return tokenExpiresAt;
  }

  boolean subscribedToAnything() {
    return all || !conversations.isEmpty();
  }

  boolean wants(UUID conversationId) {
    return all || conversations.contains(conversationId);
  }

  void subscribe(Optional<UUID> conversation) {
    conversation.ifPresentOrElse(conversations::add, () -> all = true);
  }

  void unsubscribe(Optional<UUID> conversation) {
    conversation.ifPresentOrElse(
        conversations::remove,
        () -> {
          all = false;
          conversations.clear();
        });
  }

  /** The last log position this client has been given (events at or below it are not resent). */
  long delivered() {
    return delivered;
  }

  void delivered(long position) {
    this.delivered = Math.max(delivered, position);
  }

  void seen() {
    lastSeen = Instant.now();
  }

  Instant lastSeen() {
    return lastSeen;
  }

  /** Queues a frame; closes the connection when it is too far behind. */
  void send(String frame) {
    synchronized (queue) {
      if (closed) {
        return;
      }
      if (behind(queue.size() + 1, System.nanoTime())) {
        closeSlow();
        return;
      }
      queue.add(frame);
      if (sending) {
        return;
      }
      sending = true;
    }
    sendNext();
  }

  /** Closes the connection if it stopped reading with frames piling up (see the class). */
  void closeIfStalled(long nowNanos) {
    synchronized (queue) {
      if (!closed && behind(queue.size(), nowNanos)) {
        closeSlow();
      }
    }
  }

  private boolean behind(int queued, long nowNanos) {
    return queued > HARD_MAX_QUEUED
        || (queued > MAX_QUEUED && sending && nowNanos - sendStartedNanos > STALL.toNanos());
  }

  /** Under the queue's lock. */
  private void closeSlow() {
    closed = true;
    queue.clear();
    closeQuietly(
        new CloseReason(
            CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "slow consumer: too many undelivered events; reconnect with since"));
  }

  private void sendNext() {
    String frame;
    synchronized (queue) {
      frame = queue.poll();
      if (frame == null || closed) {
        sending = false;
        return;
      }
      sendStartedNanos = System.nanoTime();
    }
    try {
      session
          .getAsyncRemote()
          .sendText(
              frame,
              result -> {
                if (result.isOK()) {
                  sendNext();
                } else {
                  synchronized (queue) {
                    closed = true;
                    sending = false;
                    queue.clear();
                  }
                  closeQuietly(
                      new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send failed"));
                }
              });
    } catch (RuntimeException e) {
      synchronized (queue) {
        closed = true;
        sending = false;
      }
      closeQuietly(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send failed"));
    }
  }

  /**
   * Pings an idle connection. While a frame is being sent the ping is skipped: the container
   * refuses a second write on a busy connection, and the pending frame already probes the client (a
   * client that stops reading is closed by the queue limit, a silent one by the reaper).
   */
  void ping() {
    synchronized (queue) {
      if (closed || sending) {
        return;
      }
    }
    try {
      session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
    } catch (IllegalStateException busy) {
      // a send started since the check above: the next ping round tries again
    } catch (IOException | RuntimeException e) {
      closeQuietly(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "ping failed"));
    }
  }

  boolean open() {
    synchronized (queue) {
      return !closed && session.isOpen();
    }
  }

  void close(CloseReason reason) {
    synchronized (queue) {
      closed = true;
      queue.clear();
    }
    closeQuietly(reason);
  }

  private void closeQuietly(CloseReason reason) {
    try {
      if (session.isOpen()) {
        session.close(reason);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Closing WebSocket {0} failed: {1}", new Object[] {id(), e});
    }
  }
}
