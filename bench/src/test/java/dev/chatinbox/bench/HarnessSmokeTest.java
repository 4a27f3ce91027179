package dev.chatinbox.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.chatinbox.core.infrastructure.persistence.migration.SchemaMigrator;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The harness in seconds, so that it cannot rot between benchmark runs: the seeder against a fresh
 * database migrated by the server's Flyway migrations (tiny scale; the indexes and foreign keys it
 * drops come back identical), the pgbench floors on that data, the open-model generator against a
 * local HTTP server, and the report. The full run (Liberty, Redis, fake carrier, B0–B7) is {@code
 * bench/run}, never part of the normal build.
 */
class HarnessSmokeTest {
  private static final String DB = "chat_bench_smoke_" + System.currentTimeMillis();
  private static final String ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DB + "?user=postgres";

  @BeforeAll
  static void database() throws Exception {
    try (Connection c = DriverManager.getConnection(ADMIN);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + DB);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(URL);
    SchemaMigrator.migrate(ds);
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    try (Connection c = DriverManager.getConnection(ADMIN);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
    }
  }

  @Test
  void seedsTheMigratedSchemaAndRestoresItsIndexesAndForeignKeys(@TempDir Path work)
      throws Exception {
    try (Connection c = DriverManager.getConnection(URL)) {
      TreeSet<String> before = schemaObjects(c);
      List<String> log = new Seeder(2000, 5, Instant.now()).seed(c);
      assertEquals(before, schemaObjects(c), "indexes and foreign keys after seeding");
      assertTrue(log.contains("contacts: 2000 rows"), log::toString);
      assertTrue(log.contains("conversations: 2000 rows"), log::toString);
      assertEquals(2000, count(c, "SELECT COUNT(*) FROM contact_phones"));
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM conversations cv LEFT JOIN messages m ON m.id = cv.last_message_id"
                  + " WHERE m.id IS NULL OR m.conversation_id <> cv.id OR m.occurred_at <> cv.last_message_at"),
          "every conversation's last message is its newest one");
      assertEquals(
          count(c, "SELECT COUNT(*) FROM conversations"),
          count(
              c,
              "SELECT COUNT(*) FROM conversations cv WHERE cv.last_message_at = (SELECT MAX(occurred_at) FROM messages m WHERE m.conversation_id = cv.id)"));
      assertTrue(
          count(c, "SELECT COUNT(*) FROM messages WHERE status = 'sent' AND carrier = 'twilio'")
              > 0);
      assertTrue(
          count(
                  c,
                  "SELECT COUNT(*) FROM messages WHERE to_tsvector('simple', body) @@ plainto_tsquery('simple', 'refund')")
              > 0);
      assertEquals(
          Seeder.id(Seeder.K_USER, 3, 0).toString(),
          text(c, "SELECT ('be0c0100' || lpad(to_hex(3), 8, '0') || '8000000000000000')::uuid"),
          "pgbench scripts spell the seeded ids the same way");
    }
    if (pgbenchAvailable()) {
      List<Floors.Floor> floors =
          Floors.run(
              Floors.reads(
                  2000,
                  3,
                  Instant.now().minus(Duration.ofDays(60)).toString(),
                  "('"
                      + Instant.now().minus(Duration.ofDays(3))
                      + "'::timestamptz, '"
                      + Seeder.id(Seeder.K_CONV, 5, 0)
                      + "'::uuid)",
                  "m.id, m.conversation_id, m.body"),
              DB,
              1,
              work);
      for (Floors.Floor f : floors) {
        assertTrue(f.tps() > 0, () -> f.script().name() + ": " + f.error());
      }
      writeFloorsRunAndLeaveTheSeededData(work);
    }
  }

  /**
   * The write floors (one SMS send, one Twilio callback, as the server sends them) run without
   * error and put back what they changed: the server meets the seeded database.
   */
  private static void writeFloorsRunAndLeaveTheSeededData(Path work) throws Exception {
    String state =
        "SELECT md5(string_agg(x, ',' ORDER BY x)) FROM ("
            + " SELECT concat_ws('/', id, last_message_id, last_message_at, sort_at, updated_at, version) x FROM conversations"
            + " UNION ALL SELECT concat_ws('/', id, status, carrier_status, updated_at, version) FROM messages"
            + " UNION ALL SELECT concat_ws('/', 'outbox', message_id) FROM outbox"
            + " UNION ALL SELECT concat_ws('/', 'event', id) FROM message_events"
            + " UNION ALL SELECT concat_ws('/', 'change', id) FROM change_log) t";
    String before;
    try (Connection c = DriverManager.getConnection(URL);
        Statement s = c.createStatement()) {
      // an earlier run's B4 (bench.skipSeed) recorded "delivered" for some messages: the floor
      // must not report them again (the events' unique key would stop its clients)
      s.execute(
          "INSERT INTO message_events (id, message_id, source, event_id, raw_status, received_at)"
              + " SELECT gen_random_uuid(), id, 'twilio', carrier_message_id || ':delivered',"
              + " 'delivered', now() FROM messages WHERE carrier = 'twilio'"
              + " AND get_byte(decode(md5(carrier_message_id), 'hex'), 0) < 128");
      before = text(c, state);
    }
    List<Floors.Floor> writes = Floors.writes(new BenchDatabase(DB), 2000, 1, work);
    assertEquals(
        List.of("B3 send (SMS)", "B4 Twilio status callback"),
        writes.stream().map(f -> f.script().name()).toList());
    for (Floors.Floor f : writes) {
      assertTrue(f.tps() > 0, () -> f.script().name() + ": " + f.error());
      assertTrue(!f.script().sql().contains("${"), f.script()::sql);
    }
    try (Connection c = DriverManager.getConnection(URL)) {
      assertEquals(before, text(c, state), "the write floors leave the seeded data as it was");
      assertEquals(
          0, count(c, "SELECT COUNT(*) FROM pg_tables WHERE tablename LIKE 'bench_floor%'"));
    }
  }

  @Test
  void openModelLoadKeepsItsRateAndReports(@TempDir Path out) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "{}".getBytes();
          exchange.sendResponseHeaders(
              exchange.getRequestURI().getPath().equals("/bad") ? 500 : 200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      OpenLoad.Result r =
          OpenLoad.run(
              "smoke",
              http,
              200,
              Duration.ofSeconds(1),
              200, // never a client backlog, however busy the machine: every outcome is the
              // server's
              n -> HttpRequest.newBuilder(base.resolve(n % 10 == 9 ? "/bad" : "/ok")).build(),
              OpenLoad::is2xx);
      assertEquals(200, r.due());
      assertEquals(r.due(), r.ok() + r.errors());
      assertEquals(java.util.Map.of("200", 180L, "500", 20L), r.outcomes());
      assertEquals(r.due(), r.latencyMicros().getTotalCount());
      assertTrue(r.percentileMs(99) >= r.percentileMs(50));

      ProcStats proc = new ProcStats(ProcessHandle.current().pid());
      ProcStats.Window w = proc.window();
      Thread.sleep(300);
      w.stop();
      assertTrue(w.peakRssMiB() > 0);

      Results results = new Results();
      if (Wrk.available()) {
        Wrk.Output wrk =
            Wrk.run(
                new Config.ClosedLoop(1, 4, 1),
                base + "/ok",
                null,
                Wrk.rotating(
                    List.of(
                        java.util.Map.entry("/ok?a", java.util.Map.of("Authorization", "Bearer a")),
                        java.util.Map.entry("/bad", java.util.Map.of()))),
                out);
        assertTrue(wrk.requestsPerSecond() > 0, wrk::toString);
        assertTrue(wrk.non2xx() > 0, "every other request of the Lua script is /bad: " + wrk);
        assertTrue(wrk.percentileMs("99%") >= wrk.percentileMs("50%"), wrk::toString);
        // wrk's CPU comes from this JVM's cutime, counted in clock ticks (10 ms): a one-second run
        // of ~100 requests may take less than one tick, so 0 is a valid reading here
        assertTrue(
            wrk.cpuPercent() >= 0
                && wrk.cpuPercent() <= 100.0 * Runtime.getRuntime().availableProcessors(),
            "wrk's CPU, from this JVM's cutime: " + wrk);
      }
      results.ceilings.add(
          new ClosedLoopCeilings.Ceiling(
              "B0 closed loop: smoke",
              Wrk.parse(WRK_OUTPUT, 37.5),
              100,
              150,
              "/health/live",
              0.5,
              ClosedLoopCeilings.HEALTH_TARGET,
              false));
      results.rows.add(Row.of(r, w, "≥ 150/s, p99 ≤ 1000 ms"));
      results.rows.add(Row.b7(3.5, 6.2, 80, 300, 280));
      results.notes.put("smoke", "yes");
      Path causes = out.resolve("CAUSES.md");
      Files.writeString(
          causes,
          "| Scenario | Cause | Next fix |\n|---|---|---|\n| smo | too general | never shown |\n"
              + "| smoke | the smoke server answers 10 % with 500 | none needed |\n");
      System.setProperty("bench.causes", causes.toString());
      try {
        Report.write(results, Config.fromSystemProperties().writingTo(out));
      } finally {
        System.clearProperty("bench.causes");
      }
      String md = Files.readString(out.resolve("RESULTS.md"));
      assertTrue(
          md.contains("the smoke server answers 10 % with 500 **Next fix:** none needed"),
          "a missed target is named with its cause (longest matching prefix): " + md);
      assertTrue(md.contains("| smoke | 200 |"), md);
      assertTrue(md.contains("**no**"), "10 % errors miss the target: " + md);
      assertTrue(
          md.contains(
              "| B0 closed loop: smoke | 3195 | 0.6 | 0.8 | 1.2 | 2000.0 | 40 | 17 | 38 % | 100 % |"),
          "the wrk table: " + md);
      assertTrue(Files.readString(out.resolve("results/results.html")).contains("<polyline"));
      assertTrue(Files.exists(out.resolve("results/01-smoke.hgrm")));
    } finally {
      server.stop(0);
    }
  }

  /** wrk 4.1's output with --latency (units vary by line: us, ms, s). */
  private static final String WRK_OUTPUT =
      """
      Running 10s test @ http://localhost:19480/health/live
        1 threads and 16 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency   812.00us    1.31ms  40.11ms   80.00%
          Req/Sec     3.20k   200.00     3.50k    70.00%
        Latency Distribution
           50%  612.00us
           75%  801.00us
           90%    1.20ms
           99%    2.00s
        31950 requests in 10.00s, 5.12MB read
        Socket errors: connect 0, read 2, write 0, timeout 10
        Non-2xx or 3xx responses: 5
      Requests/sec:   3194.50
      Transfer/sec:    524.00KB
      """;

  @Test
  void readsWrkOutput() {
    Wrk.Output o = Wrk.parse(WRK_OUTPUT, 12.5);
    assertEquals(3194.5, o.requestsPerSecond());
    assertEquals(31950, o.requests());
    assertEquals(0.612, o.percentileMs("50%"), 1e-9);
    assertEquals(1.2, o.percentileMs("90%"), 1e-9);
    assertEquals(2000.0, o.percentileMs("99%"), 1e-9);
    assertEquals(40.11, o.maxMs(), 1e-9);
    assertEquals(5, o.non2xx());
    assertEquals(12, o.socketErrors());
    assertEquals(12.5, o.cpuPercent());
  }

  /**
   * async-profiler, loaded by jcmd into a running JVM (this one stands in for the server), writes a
   * flame graph and collapsed stacks of a profiled scenario.
   */
  @Test
  void profilesARunningJvm(@TempDir Path out) throws Exception {
    System.setProperty("bench.profile", "true");
    Config cfg;
    try {
      cfg = Config.fromSystemProperties().writingTo(out);
    } finally {
      System.clearProperty("bench.profile");
    }
    Results results = new Results();
    Profiler profiler = new Profiler(cfg, results);
    assertTrue(cfg.profile());
    Profiler.Session none = profiler.startFor(MessageHistory.DEEP, 1);
    none.stop(); // not a profiled scenario: nothing happens
    Profiler.Session session =
        profiler.startFor(ConversationList.ALL_PAGE_1, ProcessHandle.current().pid());
    long end = System.nanoTime() + 1_000_000_000L;
    long x = 0;
    while (System.nanoTime() < end) {
      x += Long.toString(x).hashCode();
    }
    session.stop();
    assertEquals(1, results.profiles.size(), results.profiles::toString);
    assertTrue(results.profiles.get(0).contains("flame graph"), results.profiles::toString);
    Path html = out.resolve("results/profile-B1-list-all-page-1.html");
    Path collapsed = out.resolve("profile-B1-list-all-page-1.collapsed");
    assertTrue(Files.readString(html).contains("<html"), "flame graph " + x);
    assertTrue(
        Files.readString(collapsed).contains("profilesARunningJvm"),
        "collapsed stacks name frames");
    assertTrue(
        results
            .profiles
            .get(0)
            .contains("`dev.chatinbox.bench.HarnessSmokeTest.profilesARunningJvm`"),
        "the summary names our frames: " + results.profiles);
  }

  @Test
  void summarisesCollapsedStacks() {
    String summary =
        ProfileSummary.of(
            "java/lang/Thread.run;dev/chatinbox/api/A.get;dev/chatinbox/core/B.list;org/x/Sql.run 6\n"
                + "java/lang/Thread.run;dev/chatinbox/api/A.get;com/json/Writer.write 2\n"
                + "clone3;start_thread;C2Compiler::compile 2\n",
            2);
    assertEquals(
        "10 samples; JVM native threads (JIT compilers, GC) 20 %. Our frames, with what they call:"
            + " `dev.chatinbox.api.A.get` 80.0 %, `dev.chatinbox.core.B.list` 60.0 %."
            + " Most self time: `org.x.Sql.run` 60.0 %, `com.json.Writer.write` 20.0 %.",
        summary);
  }

  private static boolean pgbenchAvailable() {
    try {
      return new ProcessBuilder("pgbench", "--version").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private static TreeSet<String> schemaObjects(Connection c) throws Exception {
    TreeSet<String> all = new TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                    + " UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE connamespace = current_schema()::regnamespace")) {
      while (rs.next()) {
        all.add(rs.getString(1));
      }
    }
    return all;
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * B8's receiver: every path answers its status and records ids in arrival order with their lag;
   * the tally finds the lost, repeated and out-of-order events, and the row judges them.
   */
  @Test
  void b8ReceiverTalliesLostRepeatedAndOutOfOrderEvents() throws Exception {
    try (WebhookSink sink = new WebhookSink()) {
      String live = sink.path("/live", 204);
      String failing = sink.path("/failing", 500);
      HttpClient http = HttpClient.newHttpClient();
      for (long id : List.of(1L, 2L, 4L, 3L, 3L)) {
        // as the server writes it: JSON-B orders properties, so data (with a timestamp of its
        // own, the message's) comes before the event's timestamp
        String body =
            "{\"data\":{\"timestamp\":\"2000-01-01T00:00:00Z\"},\"timestamp\":\""
                + Instant.now().minusMillis(40)
                + "\",\"type\":\"message.received\"}";
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(live))
                .header("webhook-id", Long.toString(id))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        assertEquals(
            204,
            http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
      }
      assertEquals(
          500,
          http.send(
                  HttpRequest.newBuilder(URI.create(failing))
                      .header("webhook-id", "9")
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString())
              .statusCode());
      WebhookSink.Receiving at = sink.at("/live");
      assertEquals(List.of(1L, 2L, 4L, 3L, 3L), at.ids());
      assertEquals(
          new WebhookSink.Tally(5, 1, 1, 1),
          WebhookSink.tally(at.ids(), List.of(1L, 2L, 3L, 4L, 5L)));
      assertEquals(5, at.lagMicros.getTotalCount());
      assertTrue(
          at.lagMicros.getValueAtPercentile(50) >= 30_000, "lag from the event's own timestamp");

      ProcStats.Window w = new ProcStats(ProcessHandle.current().pid()).window();
      w.stop();
      OpenLoad.Result writes =
          new OpenLoad.Result(
              "B8", 700, 1, 700, 700, 0, 0, java.util.Map.of("200", 700L), at.lagMicros);
      Row met =
          Row.b8(
              writes, at.lagMicros, w, new Row.WebhookFigures(1000, 1000, 995, 4000, 0, 0, 0, 3));
      assertEquals(Boolean.TRUE, met.met(), met::extra);
      Row lost =
          Row.b8(
              writes, at.lagMicros, w, new Row.WebhookFigures(1000, 1000, 995, 3999, 1, 0, 0, 3));
      assertEquals(Boolean.FALSE, lost.met());
      Row slowed =
          Row.b8(
              writes, at.lagMicros, w, new Row.WebhookFigures(1000, 1000, 700, 4000, 0, 0, 0, 3));
      assertEquals(Boolean.FALSE, slowed.met(), "a failing endpoint slowed the others");
    }
  }
}
