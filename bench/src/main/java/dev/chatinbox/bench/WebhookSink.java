package dev.chatinbox.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * B8's local receiver of outbound webhooks: one path per endpoint, on an ephemeral loopback port.
 * Each path answers a fixed status (204, or 500 for the endpoint that fails the whole run) and
 * records what arrived in arrival order: the {@code webhook-id} (the change-log position) and the
 * lag from the event's {@code timestamp} (when its change happened, just before commit) to arrival.
 */
final class WebhookSink implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final Map<String, Receiving> paths = new ConcurrentHashMap<>();

  /** What one path received. */
  static final class Receiving {
    final int status;
    final List<Long> ids = new ArrayList<>();
    final Histogram lagMicros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
    long firstArrivalNanos;
    long lastArrivalNanos;

    Receiving(int status) {
      this.status = status;
    }

    synchronized void record(long id, long lagMicros, long nanos) {
      if (ids.isEmpty()) {
        firstArrivalNanos = nanos;
      }
      ids.add(id);
      lastArrivalNanos = nanos;
      this.lagMicros.recordValue(
          Math.max(0, Math.min(lagMicros, this.lagMicros.getHighestTrackableValue())));
    }

    synchronized List<Long> ids() {
      return List.copyOf(ids);
    }
  }

  /**
   * A path's figures against the events it had to get.
   *
   * @param received requests that carried an event
   * @param lost expected events never received
   * @param duplicates events received more than once
   * @param outOfOrder events that arrived after a later one (first arrivals only)
   */
  record Tally(long received, long lost, long duplicates, long outOfOrder) {}

  WebhookSink() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A path answering {@code status} to everything; returns its URL. */
  String path(String path, int status) {
    paths.put(path, new Receiving(status));
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  Receiving at(String path) {
    return paths.get(path);
  }

  private void handle(HttpExchange exchange) throws IOException {
    long nanos = System.nanoTime();
    Instant now = Instant.now();
    Receiving path = paths.get(exchange.getRequestURI().getPath());
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      if (path != null && id != null && id.chars().allMatch(Character::isDigit)) {
        // the body's own timestamp: data (a message) has one too, and comes first
        String timestamp = timestamp(body);
        if (timestamp != null) {
          long lag = (now.toEpochMilli() - Instant.parse(timestamp).toEpochMilli()) * 1000;
          path.record(Long.parseLong(id), lag, nanos);
        }
      }
    }
    exchange.sendResponseHeaders(path == null ? 404 : path.status, -1);
    exchange.close();
  }

  private static String timestamp(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject().getString("timestamp", null);
    } catch (RuntimeException notAnEvent) {
      return null;
    }
  }

  /** {@code path}'s figures against {@code expected} (the change-log positions it had to get). */
  static Tally tally(List<Long> arrived, Collection<Long> expected) {
    Set<Long> seen = new HashSet<>();
    long duplicates = 0;
    long outOfOrder = 0;
    long highest = Long.MIN_VALUE;
    for (long id : arrived) {
      if (!seen.add(id)) {
        duplicates++;
        continue;
      }
      if (id < highest) {
        outOfOrder++;
      }
      highest = Math.max(highest, id);
    }
    long lost = expected.stream().filter(id -> !seen.contains(id)).count();
    return new Tally(arrived.size(), lost, duplicates, outOfOrder);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
