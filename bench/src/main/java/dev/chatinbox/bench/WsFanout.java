package dev.chatinbox.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * B5: many WebSocket clients subscribed to everything; each marked message the scenario makes (an
 * inbound SMS through the signed Twilio webhook) must reach every client once. Delivery latency
 * runs from the moment the webhook request was sent (the commit happens inside it: an upper bound
 * of commit-to-client) to the moment the client has the whole frame. A client the server closes (a
 * slow consumer: 1013) reconnects and resumes after the last event id it saw, as the SDK and the UI
 * do; the close codes are counted.
 */
final class WsFanout {
  private static final int MAX_RECONNECTS = 5;
  private static final Pattern MARK = Pattern.compile("b5m(\\d+)x");
  private static final Pattern EVENT_ID = Pattern.compile("\"id\":\"(\\d+)\",\"occurredAt\"");

  private final int clients;
  private final int marks;
  private final long[] sentNanos;
  private final AtomicIntegerArray received;
  private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(60_000_000L, 3);
  private final AtomicLong frames = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong closed = new AtomicLong();
  private final AtomicLong reconnects = new AtomicLong();
  private final Map<Integer, AtomicLong> closeCodes = new ConcurrentHashMap<>();
  private final List<WebSocket> sockets = new ArrayList<>();
  private volatile boolean done;
  private HttpClient http;
  private URI uri;
  private CountDownLatch subscribed;

  WsFanout(int clients, int marks) {
    this.clients = clients;
    this.marks = marks;
    this.sentNanos = new long[marks];
    this.received = new AtomicIntegerArray(marks);
  }

  /** Connects and subscribes every client; answers how many are subscribed. */
  long connect(HttpClient http, URI uri) throws InterruptedException {
    this.http = http;
    this.uri = uri;
    subscribed = new CountDownLatch(clients);
    int batch = 100;
    for (int i = 0; i < clients; i += batch) {
      List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
      for (int k = i; k < Math.min(clients, i + batch); k++) {
        opening.add(http.newWebSocketBuilder().buildAsync(uri, new Listener()));
      }
      for (CompletableFuture<WebSocket> f : opening) {
        try {
          WebSocket ws = f.get(30, TimeUnit.SECONDS);
          synchronized (sockets) {
            sockets.add(ws);
          }
          ws.sendText("{\"action\":\"subscribe\"}", true);
        } catch (Exception e) {
          closed.incrementAndGet();
        }
      }
    }
    subscribed.await(60, TimeUnit.SECONDS);
    return clients - subscribed.getCount();
  }

  void sent(int mark, long nanos) {
    sentNanos[mark] = nanos;
  }

  static String marker(int mark) {
    return "b5m" + mark + "x";
  }

  /** Waits until every client has every sent mark, or the timeout. */
  void awaitAll(int sentMarks, long timeoutMillis) throws InterruptedException {
    long until = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < until) {
      if (delivered(sentMarks) >= (long) sentMarks * connectedClients()) {
        return;
      }
      Thread.sleep(100);
    }
  }

  long delivered(int sentMarks) {
    long sum = 0;
    for (int i = 0; i < sentMarks; i++) {
      sum += received.get(i);
    }
    return sum;
  }

  int connectedClients() {
    synchronized (sockets) {
      return sockets.size();
    }
  }

  long frames() {
    return frames.get();
  }

  long duplicates() {
    return duplicates.get();
  }

  long closedByServer() {
    return closed.get();
  }

  long reconnects() {
    return reconnects.get();
  }

  /** The close codes the server sent, e.g. {@code {1013=3}}. */
  String closeCodes() {
    return new java.util.TreeMap<>(closeCodes).toString();
  }

  ConcurrentHistogram latencyMicros() {
    return latencyMicros;
  }

  void close() {
    done = true;
    synchronized (sockets) {
      for (WebSocket ws : sockets) {
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bench done");
      }
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    private boolean isSubscribed;
    // per client: which marks it has seen (new_message events only)
    private final java.util.BitSet seen = new java.util.BitSet(marks);
    private volatile String lastEventId;
    private int reconnectsOfThisClient;

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        long now = System.nanoTime();
        String frame = partial.toString();
        partial.setLength(0);
        frames.incrementAndGet();
        Matcher id = EVENT_ID.matcher(frame);
        if (id.find()) {
          lastEventId = id.group(1);
        }
        if (!isSubscribed && frame.contains("\"subscribed\"")) {
          isSubscribed = true;
          subscribed.countDown();
        } else if (frame.contains("\"new_message\"")) {
          Matcher m = MARK.matcher(frame);
          if (m.find()) {
            int mark = Integer.parseInt(m.group(1));
            if (mark < marks) {
              if (seen.get(mark)) {
                duplicates.incrementAndGet();
              } else {
                seen.set(mark);
                received.incrementAndGet(mark);
                long sent = sentNanos[mark];
                if (sent != 0) {
                  latencyMicros.recordValue(
                      Math.min((now - sent) / 1000, latencyMicros.getHighestTrackableValue()));
                }
              }
            }
          }
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closeCodes.computeIfAbsent(statusCode, k -> new AtomicLong()).incrementAndGet();
      lost(ws, statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closeCodes.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
      lost(ws, -1);
    }

    /**
     * The server closed this client: a slow consumer (1013) or a lost connection reconnects after a
     * short pause and resumes after the last event seen, at most {@value #MAX_RECONNECTS} times;
     * any other close (a refusal such as 1008) is final.
     */
    private void lost(WebSocket ws, int code) {
      if (done) {
        return;
      }
      closed.incrementAndGet();
      synchronized (sockets) {
        sockets.remove(ws);
      }
      boolean retry = code == 1013 || code == 1006 || code == -1;
      if (!retry || reconnectsOfThisClient++ >= MAX_RECONNECTS) {
        return;
      }
      CompletableFuture.runAsync(
              () -> {}, CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS))
          .thenCompose(v -> http.newWebSocketBuilder().buildAsync(uri, this))
          .thenAccept(
              again -> {
                reconnects.incrementAndGet();
                synchronized (sockets) {
                  sockets.add(again);
                }
                String since = lastEventId;
                again.sendText(
                    since == null
                        ? "{\"action\":\"subscribe\"}"
                        : "{\"action\":\"subscribe\",\"since\":" + since + "}",
                    true);
              });
    }
  }
}
