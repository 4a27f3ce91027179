package dev.chatinbox.bench;

import dev.chatinbox.cli.support.TokenSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * What every scenario shares: the settings, the results, real JWTs for the seeded users, webhook
 * signatures, the HTTP client (a new one per scenario), the server's {@code /proc} figures, and the
 * measuring of one open-model run on a settled server.
 */
final class ScenarioRunner {
  /**
   * B0's trivial authenticated request: the idle poll of a UI without a cursor (JWT check, the
   * token's user, one read of the change log's head, a tiny JSON body).
   */
  static final String B0_PATH = "/api/v1/conversations/updates";

  final Config cfg;
  final Results results;
  final Signatures signatures;
  final Instant now;
  final String adminToken;
  private final TokenSigner minter;
  private final List<String> agentTokens = new ArrayList<>();
  private final Profiler profiler;
  private HttpClient http = newClient();
  private ProcStats proc;
  private long serverPid;

  ScenarioRunner(
      Config cfg, Results results, TokenSigner minter, Signatures signatures, Instant now) {
    this.cfg = cfg;
    this.results = results;
    this.minter = minter;
    this.signatures = signatures;
    this.now = now;
    this.profiler = new Profiler(cfg, results);
    this.adminToken = token(0);
    for (int i = 1; i < Seeder.USERS; i++) {
      agentTokens.add(token(i));
    }
  }

  /**
   * A new client (and connection pool) for each scenario: connections a saturated scenario left
   * behind — timed out on our side, maybe still queued in the server — must not carry over.
   */
  static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  HttpClient http() {
    return http;
  }

  /** The server is up (B7): its pid for the /proc figures. */
  void serverStarted(long pid) {
    this.serverPid = pid;
    this.proc = new ProcStats(pid);
  }

  long serverPid() {
    return serverPid;
  }

  ProcStats proc() {
    return proc;
  }

  private String token(int user) {
    UUID id = Seeder.userId(user);
    String username = user == 0 ? "bench-admin" : "agent" + user;
    return minter.mint(
        id.toString(),
        username,
        user == 0 ? "Bench Admin" : "Agent " + user,
        username + "@bench.example",
        List.of(user == 0 ? "ADMIN" : "USER"),
        TokenSigner.DEV_ISSUER,
        Duration.ofHours(8));
  }

  /** The token of agent {@code n % 49 + 1}: requests rotate over the agents. */
  String agent(long n) {
    return agentTokens.get((int) (n % agentTokens.size()));
  }

  /** A seeded conversation, spread over the data set by n. */
  UUID conversation(long n) {
    return Seeder.id(Seeder.K_CONV, Math.floorMod(n * 7919, cfg.contacts()), 0);
  }

  HttpRequest.Builder get(String path, String token) {
    return HttpRequest.newBuilder(URI.create(cfg.base() + path))
        .timeout(Duration.ofSeconds(cfg.requestTimeoutSeconds()))
        .header("Authorization", "Bearer " + token);
  }

  HttpRequest.Builder post(String path, String token, String json) {
    return HttpRequest.newBuilder(URI.create(cfg.base() + path))
        .timeout(Duration.ofSeconds(cfg.requestTimeoutSeconds()))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  /** A signed request to a webhook of ours, as the carrier would send it. */
  HttpRequest.Builder webhook(String path, String contentType) {
    return HttpRequest.newBuilder(URI.create(cfg.base() + path))
        .timeout(Duration.ofSeconds(cfg.requestTimeoutSeconds()))
        .header("Content-Type", contentType);
  }

  /** One open-model run. */
  interface OpenLoadCall {
    OpenLoad.Result run(String name, double rate, Duration duration);
  }

  /**
   * Settles the server, takes a new client, runs {@code call} inside a {@code /proc} window (and a
   * profile, for the scenarios {@link Profiler} profiles) and adds its row.
   */
  Row measure(String name, String target, double rate, Duration duration, OpenLoadCall call) {
    if (!name.startsWith("B6")) { // B6 settles before its background load starts
      settleForNext(name);
    }
    Profiler.Session profile = profiler.startFor(name, serverPid);
    ProcStats.Window w = proc.window();
    OpenLoad.Result r = call.run(name, rate, duration);
    w.stop();
    profile.stop();
    return results.add(Row.of(r, w, target));
  }

  /** {@link #measure} of requests that succeed with any 2xx. */
  Row simple(
      String name, String target, double rate, Duration duration, LongFunction<HttpRequest> req) {
    return measure(name, target, rate, duration, (n, r, d) -> openLoad(n, r, d, req));
  }

  /** An open-model run on the current client. */
  OpenLoad.Result openLoad(
      String name, double rate, Duration duration, LongFunction<HttpRequest> request) {
    return OpenLoad.run(name, http, rate, duration, cfg.maxInFlight(), request, OpenLoad::is2xx);
  }

  /** {@link #settle} then a new client. */
  void settleForNext(String next) {
    settle(next);
    http = newClient();
  }

  /**
   * Waits until the server answers the B0 request within 100 ms three times in a row (at most 120
   * s), so that what an overloaded scenario left queued in the server does not count against the
   * next one.
   */
  void settle(String next) {
    long t0 = System.nanoTime();
    int fast = 0;
    while (fast < 3 && System.nanoTime() - t0 < Duration.ofSeconds(120).toNanos()) {
      long s = System.nanoTime();
      try {
        HttpResponse<Void> r =
            http.send(get(B0_PATH, adminToken).build(), HttpResponse.BodyHandlers.discarding());
        fast = r.statusCode() == 200 && System.nanoTime() - s < 100_000_000L ? fast + 1 : 0;
      } catch (Exception e) {
        fast = 0;
      }
      if (fast < 3) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    double waited = (System.nanoTime() - t0) / 1e9;
    if (waited > 2) {
      results.appendNote(
          "settling", String.format(Locale.ROOT, "%.0f s before \"%s\"", waited, next));
    }
  }
}
