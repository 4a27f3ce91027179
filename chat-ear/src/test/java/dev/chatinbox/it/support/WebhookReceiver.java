package dev.chatinbox.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real HTTP server in the test JVM (on 127.0.0.1, an ephemeral port) that receives outbound
 * webhooks: it records every request (headers, raw body, arrival) per path, answers with what a
 * test queued for the path (status, Retry-After, a delay) or 200, and measures how many requests to
 * one path were in progress at once.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** One received request. */
  public record Received(
      String path, String id, String timestamp, String signature, String body, Instant at) {
    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public String type() {
      return json().getString("type");
    }
  }

  /** How to answer one request. */
  public record Answer(int status, String retryAfter, Duration delay) {
    public static Answer status(int status) {
      return new Answer(status, null, Duration.ZERO);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, ConcurrentLinkedQueue<Answer>> answers = new ConcurrentHashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext("/", this::handle);
    server.start();
  }

  /** The URL of {@code path} on this receiver. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers the next requests to {@code path} with these, in order; then 200. */
  public void enqueue(String path, Answer... next) {
    answers.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(List.of(next));
  }

  /** Requests to {@code path} with nothing queued get {@code status} (instead of 200). */
  public void answerAlways(String path, int status) {
    statuses.put(path, status);
  }

  /** Every request to {@code path} waits this long before its 200. */
  public void delay(String path, Duration delay) {
    delays.put(path, delay);
  }

  public List<Received> to(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  public int maxConcurrent(String path) {
    return maxInFlight.getOrDefault(path, new AtomicInteger()).get();
  }

  /** Waits until the requests to {@code path} satisfy {@code done}; returns them. */
  public List<Received> await(String path, Predicate<List<Received>> done, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Received> now = to(path);
      if (done.test(now)) {
        return now;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the receiver did not get what was expected at " + path + ": " + summary(now));
      }
      Thread.sleep(20);
    }
  }

  private static String summary(List<Received> requests) {
    List<String> lines = new ArrayList<>();
    for (Received r : requests) {
      lines.add(r.id() + " " + r.body().substring(0, Math.min(120, r.body().length())));
    }
    return requests.size() + " requests " + lines;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    AtomicInteger current = inFlight.computeIfAbsent(path, p -> new AtomicInteger());
    int now = current.incrementAndGet();
    maxInFlight.computeIfAbsent(path, p -> new AtomicInteger()).accumulateAndGet(now, Math::max);
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      received.add(
          new Received(
              path,
              exchange.getRequestHeaders().getFirst("webhook-id"),
              exchange.getRequestHeaders().getFirst("webhook-timestamp"),
              exchange.getRequestHeaders().getFirst("webhook-signature"),
              body,
              Instant.now()));
      Answer answer =
          java.util.Optional.ofNullable(answers.get(path))
              .map(ConcurrentLinkedQueue::poll)
              .orElse(
                  new Answer(
                      statuses.getOrDefault(path, 200),
                      null,
                      delays.getOrDefault(path, Duration.ZERO)));
      if (!answer.delay().isZero()) {
        Thread.sleep(answer.delay().toMillis());
      }
      if (answer.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
      }
      byte[] reply = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), reply.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      current.decrementAndGet();
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    try {
      ((java.util.concurrent.ExecutorService) server.getExecutor())
          .awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
