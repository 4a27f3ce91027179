package dev.chatinbox.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * B7: from {@code server start} to the first authenticated 200, RSS then and 10 s later; then the
 * warm-up that brings the server to steady state before anything else is measured.
 */
final class ColdStart {
  private final ScenarioRunner run;

  ColdStart(ScenarioRunner run) {
    this.run = run;
  }

  void run(LibertyServer server) throws Exception {
    AtomicReference<Exception> failure = new AtomicReference<>();
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
    run.serverStarted(server.pid());
    double rssAtStart = run.proc().rssMiB();
    Thread.sleep(10_000);
    double idle = run.proc().rssMiB();
    run.results.add(Row.b7(firstOk, rssAtStart, idle));
  }

  /**
   * Brings the server to steady state before anything is measured (B7 measured the cold start):
   * {@code bench.warmupSeconds} of the B0, B1 and B2 requests at a rate the server sustains, so
   * that the JIT compilers have compiled the request path — on 2 cores C2 otherwise competes with
   * the first scenarios for a minute or more.
   */
  void warmUp() {
    run.openLoad(
        "warm-up",
        100,
        Duration.ofSeconds(run.cfg.warmupSeconds()),
        n ->
            run.get(
                    switch ((int) (n % 3)) {
                      case 0 -> ScenarioRunner.B0_PATH;
                      case 1 -> ConversationList.PAGE_1;
                      default -> MessageHistory.newestPage(run.conversation(n));
                    },
                    n % 3 == 2 ? run.adminToken : run.agent(n))
                .build());
  }
}
