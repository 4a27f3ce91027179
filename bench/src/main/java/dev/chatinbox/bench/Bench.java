package dev.chatinbox.bench;

import dev.chatinbox.cli.support.TokenSigner;
import dev.chatinbox.core.infrastructure.devauth.DevSigningKey;
import dev.chatinbox.core.support.FakeCarrier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The whole harness, in order: a fresh database migrated by the server's own Flyway migrations and
 * seeded ({@link BenchDatabase}), the pgbench {@link Floors} on it while nothing else runs, Redis
 * and the fake carrier, the Liberty server started ({@link ColdStart}, B7), then the scenarios
 * B0–B6 and B8 — one class each — with the closed-loop ceilings measured by wrk between the reads
 * and the writes, and {@link Report} writes RESULTS.md and the plots. Every knob is a system
 * property ({@link Config}; bench/README.md lists them).
 */
public final class Bench {
  private final Config cfg;
  private final Results results = new Results();

  Bench(Config cfg) {
    this.cfg = cfg;
  }

  public static void main(String[] args) throws Exception {
    new Bench(Config.fromSystemProperties()).runAll();
  }

  void runAll() throws Exception {
    Files.createDirectories(cfg.work());
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Path dataDir = cfg.work().toAbsolutePath().resolve("data");
    DevSigningKey key = DevSigningKey.loadOrCreate(dataDir.resolve("keys"));
    Signatures signatures = new Signatures(Signatures.TWILIO_AUTH_TOKEN);
    BenchDatabase db = new BenchDatabase(cfg.database());
    if (!cfg.skipSeed()) {
      results.seedLog.addAll(db.create(cfg.contacts(), cfg.messagesPerConversation(), now));
      System.out.println(String.join("\n", results.seedLog));
    }
    if (cfg.seedOnly()) {
      return;
    }
    // the database's own speed first, while nothing else uses it
    if (cfg.runs("floors")) {
      floors(db, now);
    }
    Process redis = ServerEnvironment.startRedis(cfg, results);
    FakeCarrier carrier = FakeCarrier.start(cfg.carrierPort());
    LibertyServer server =
        new LibertyServer(
            cfg.wlp(),
            cfg.serverName(),
            ServerEnvironment.of(cfg, dataDir, signatures, redis != null),
            cfg.work().resolve("server-control.log"));
    ScenarioRunner run =
        new ScenarioRunner(cfg, results, new TokenSigner(key.privateKey()), signatures, now);
    try {
      ColdStart coldStart = new ColdStart(run, db.url());
      coldStart.run(server);
      coldStart.warmUp();
      if (cfg.runs("B0")) {
        new IdlePoll(run).run();
      }
      if (cfg.runs("B1")) {
        new ConversationList(run).run();
      }
      if (cfg.runs("B2")) {
        new MessageHistory(run).run();
      }
      if (cfg.runs("wrk")) {
        new ClosedLoopCeilings(run).run();
      }
      if (cfg.runs("B3")) {
        new Sends(run, carrier, db.url()).run();
      }
      if (cfg.runs("B4")) {
        new StatusCallbacks(run, db.url()).run();
      }
      if (cfg.runs("B5")) {
        new Fanout(run).run();
      }
      if (cfg.runs("B6")) {
        new Search(run).run();
      }
      if (cfg.runs("B8")) {
        new Webhooks(run, db.url()).run();
      }
    } finally {
      try {
        server.stop();
      } catch (Exception e) {
        results.notes.put("server stop", e.toString());
      }
      carrier.close();
      if (redis != null) {
        redis.destroy();
      }
      Report.write(results, cfg);
    }
  }

  /** The read floors of B1/B2, then the write floors of B3/B4, on the seeded data. */
  private void floors(BenchDatabase db, Instant now) throws Exception {
    int deepPage = ConversationList.deepPage(cfg);
    results.floors.addAll(
        Floors.run(
            Floors.reads(
                cfg.contacts(),
                deepPage,
                MessageHistory.deepBefore(now).toString(),
                // agents see about a third of the conversations (on a small data set the deep
                // page is a larger share of the list: never beyond its end)
                db.position(Math.min(3L * ConversationList.deepOffset(cfg), cfg.contacts() - 1)),
                db.messageColumns()),
            cfg.database(),
            cfg.floorSeconds(),
            cfg.work()));
    results.floors.addAll(Floors.writes(db, cfg.contacts(), cfg.floorSeconds(), cfg.work()));
  }
}
