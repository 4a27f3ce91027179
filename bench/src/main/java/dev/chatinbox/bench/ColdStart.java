package dev.chatinbox.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * B7: from {@code server start} to the first authenticated 200, RSS then and 10 s later; then the
 * warm-up that brings the server to steady state before anything else is measured.
 */
final class ColdStart {
  /** Requests in flight during the warm-up: enough to keep both cores busy. */
  static final int WARM_UP_USERS = 8;

  /** Seeded messages the warm-up's status reports are about (the newest: B4 takes others). */
  private static final int WARM_UP_REPORTS = 1000;

  /** Warm-up sends (and SendGrid batches) are numbered from here, apart from B3's (B4's). */
  private static final long WARM_UP_SENDS = 1_000_000_000L;

  /** The warm-up's requests come in rounds of this many (see {@link #warmUpRequest}). */
  private static final int MIX = 8;

  private final ScenarioRunner run;
  private final String dbUrl;

  ColdStart(ScenarioRunner run, String dbUrl) {
    this.run = run;
    this.dbUrl = dbUrl;
  }

  void run(LibertyServer server) throws Exception {
    AtomicReference<Exception> failure = new AtomicReference<>();
    long[] machineAtStart = ProcStats.machineTicks();
    long t0 = System.nanoTime();
    Thread starter =
        new Thread(
            () -> {
              try {
                server.start();
              } catch (Exception e) {
                failure.set(e);
              }
            });
    starter.start();
    HttpRequest probe = run.get(ScenarioRunner.B0_PATH, run.adminToken).build();
    double firstOk = Double.NaN;
    int lastStatus = -1;
    while (System.nanoTime() - t0 < Duration.ofSeconds(300).toNanos()) {
      if (!listening(run.cfg.httpPort())) {
        // no connection attempt before the server listens: with a port in the ephemeral range a
        // connect to a closed local port can pick that very port as its own and connect to itself,
        // which then keeps the server from binding it (seen with BENCH_HTTP_PORT=39480)
        Thread.sleep(50);
        continue;
      }
      try {
        HttpResponse<String> r = run.http().send(probe, HttpResponse.BodyHandlers.ofString());
        lastStatus = r.statusCode();
        if (r.statusCode() == 200) {
          firstOk = (System.nanoTime() - t0) / 1e9;
          break;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    starter.join();
    if (failure.get() != null) {
      throw failure.get();
    }
    if (Double.isNaN(firstOk)) {
      throw new IllegalStateException(
          "server never answered 200 (last status "
              + lastStatus
              + "), see "
              + server.messagesLog());
    }
    long[] machineAtFirstOk = ProcStats.machineTicks();
    run.serverStarted(server.pid());
    double rssAtStart = run.proc().rssMiB();
    // the server JVM's own CPU up to the first 200, and how busy the machine was meanwhile: on a
    // shared machine the wall-clock start varies with the neighbours, the CPU it needs much less
    double serverCpu = run.proc().cpuTicks() / 100.0;
    double machineBusy =
        100.0
            * (machineAtFirstOk[0] - machineAtStart[0])
            / Math.max(1, machineAtFirstOk[1] - machineAtStart[1]);
    Thread.sleep(10_000);
    double idle = run.proc().rssMiB();
    run.results.add(Row.b7(firstOk, serverCpu, machineBusy, rssAtStart, idle));
  }

  /** Whether some socket listens on this TCP port (IPv4 or IPv6), from /proc/net/tcp*. */
  static boolean listening(int port) {
    String local = String.format(Locale.ROOT, ":%04X ", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(table))) {
          String[] f = line.trim().split("\\s+");
          if (f.length > 3 && (f[1] + " ").endsWith(local) && f[3].equals("0A")) {
            return true;
          }
        }
      } catch (IOException e) {
        return true; // no /proc: probe as before
      }
    }
    return false;
  }

  /**
   * Brings the server to steady state before anything is measured (B7 measured the cold start):
   * {@code bench.warmupSeconds} of requests, closed loop ({@value #WARM_UP_USERS} requests in
   * flight, each sent when the previous answered), so that the JIT compilers have compiled the
   * request path, writes included: of every {@value #MIX}, 3 reads, 2 sends, 2 Twilio status
   * callbacks and a SendGrid batch (without writes 24–35 % of the B3 profile and 56 % of B4's were
   * the JIT; the sends' outbox backlog is dropped at the end). An open load at a fixed rate the
   * server surely sustains (100/s) ran too few requests for C2's thresholds: profiles of the
   * ceilings that followed spent 27–31 % of the server's CPU in the JIT compilers.
   */
  void warmUp() throws InterruptedException, java.sql.SQLException {
    List<String[]> sids = StatusCallbacks.twilioMessages(dbUrl, WARM_UP_REPORTS, true);
    List<String> emailIds = StatusCallbacks.sendGridMessages(dbUrl, WARM_UP_REPORTS, true);
    long end = System.nanoTime() + Duration.ofSeconds(run.cfg.warmupSeconds()).toNanos();
    AtomicLong sent = new AtomicLong();
    List<Thread> users = new ArrayList<>();
    for (int u = 0; u < WARM_UP_USERS; u++) {
      Thread user =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long n = sent.getAndIncrement();
                  HttpRequest request = warmUpRequest(n, sids, emailIds);
                  try {
                    run.http().send(request, HttpResponse.BodyHandlers.discarding());
                  } catch (IOException e) {
                    // the server is up (B7): a failed warm-up request only warms less
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                }
              },
              "warm-up-" + u);
      user.setDaemon(true);
      user.start();
      users.add(user);
    }
    for (Thread user : users) {
      user.join();
    }
    int backlog;
    try {
      backlog = Sends.dropBacklog(dbUrl);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not drop the warm-up's outbox backlog", e);
    }
    System.out.printf(
        Locale.ROOT,
        "warm-up: %d requests in %d s, closed loop (sends, status reports; %d outbox rows"
            + " dropped)%n",
        sent.get(),
        run.cfg.warmupSeconds(),
        backlog);
  }

  /**
   * The {@code n}th warm-up request, by {@code n % 8}: 0, 2, 4 the reads of B0, B1 and B2 (in
   * turn); 1 and 5 a B4 Twilio callback; 3 and 7 a B3 send; 6 a B4 SendGrid batch.
   */
  private HttpRequest warmUpRequest(long n, List<String[]> sids, List<String> emailIds) {
    long round = n / MIX;
    int kind = (int) (n % MIX);
    if ((kind == 1 || kind == 5) && !sids.isEmpty()) {
      return StatusCallbacks.twilioCallback(
          run, sids.get((int) ((2 * round + kind / 4) % sids.size())));
    }
    if (kind == 3 || kind == 7) {
      return Sends.request(run, WARM_UP_SENDS + n);
    }
    if (kind == 6 && !emailIds.isEmpty()) {
      return StatusCallbacks.sendGridBatch(run, WARM_UP_SENDS + round, emailIds);
    }
    long read = round * 3 + kind / 2;
    return run.get(
            switch ((int) (read % 3)) {
              case 0 -> ScenarioRunner.B0_PATH;
              case 1 -> ConversationList.PAGE_1;
              default -> MessageHistory.newestPage(run.conversation(read));
            },
            read % 3 == 2 ? run.adminToken : run.agent(read))
        .build();
  }
}
