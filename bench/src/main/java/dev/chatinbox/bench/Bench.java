package dev.chatinbox.bench;

import dev.chatinbox.core.infrastructure.devauth.DevDefaults;
import dev.chatinbox.core.infrastructure.devauth.DevSigningKey;
import dev.chatinbox.core.infrastructure.devauth.DevTokenMinter;
import dev.chatinbox.core.infrastructure.persistence.migration.SchemaMigrator;
import dev.chatinbox.core.support.FakeCarrier;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The whole harness: fresh database migrated by the server's own Flyway migrations, seeded by
 * {@link Seeder}, Redis and the fake carrier started, the Liberty server started (B7), scenarios
 * B0–B6 with {@link OpenLoad}, the pgbench {@link Floors}, then {@link Report} writes RESULTS.md
 * and the HTML plot. Every knob is a system property (bench/README.md lists them).
 */
public final class Bench {
  final Config cfg;
  final List<Report.Row> rows = new ArrayList<>();
  final Map<String, String> notes = new LinkedHashMap<>();
  final List<String> seedLog = new ArrayList<>();
  List<Floors.Floor> floors = List.of();
  private HttpClient http;
  private DevTokenMinter minter;
  private String adminToken;
  private final List<String> agentTokens = new ArrayList<>();
  private Signatures signatures;
  private ProcStats proc;
  private Instant now;

  Bench(Config cfg) {
    this.cfg = cfg;
  }

  public static void main(String[] args) throws Exception {
    Config cfg = Config.fromSystemProperties();
    Bench bench = new Bench(cfg);
    bench.runAll();
  }

  /** Settings, from system properties {@code bench.*}. */
  record Config(
      double scale,
      int messagesPerConversation,
      int seconds,
      int variantSeconds,
      int warmupSeconds,
      String database,
      int httpPort,
      int carrierPort,
      int redisPort,
      Path wlp,
      String serverName,
      Path out,
      Path work,
      int wsClients,
      double rateB0,
      double rateB1,
      double rateB2,
      double rateB3,
      double rateB4,
      double rateB5,
      double rateB6,
      double rateB6Background,
      int floorSeconds,
      int maxInFlight,
      int requestTimeoutSeconds,
      boolean skipSeed,
      boolean seedOnly,
      java.util.Set<String> only,
      String commit,
      String machineNote) {
    static Config fromSystemProperties() {
      return new Config(
          Double.parseDouble(System.getProperty("bench.scale", "1")),
          Integer.getInteger("bench.messagesPerConversation", 20),
          Integer.getInteger("bench.seconds", 20),
          Integer.getInteger("bench.variantSeconds", 6),
          Integer.getInteger("bench.warmupSeconds", 45),
          System.getProperty("bench.db", "chat_bench"),
          Integer.getInteger("bench.http.port", 19480),
          Integer.getInteger("bench.carrier.port", 19499),
          Integer.getInteger("bench.redis.port", 16499),
          Path.of(System.getProperty("bench.wlp", "chat-ear/target/liberty/wlp")),
          System.getProperty("bench.server", "chatServer"),
          // a partial run (bench.only) never overwrites the committed RESULTS.md
          Path.of(
              System.getProperty(
                  "bench.out",
                  System.getProperty("bench.only", "").isBlank()
                      ? "bench"
                      : "bench/target/partial")),
          Path.of(System.getProperty("bench.work", "bench/target/work")),
          Integer.getInteger("bench.wsClients", 2000),
          Double.parseDouble(System.getProperty("bench.rate.b0", "15000")),
          Double.parseDouble(System.getProperty("bench.rate.b1", "2500")),
          Double.parseDouble(System.getProperty("bench.rate.b2", "1000")),
          Double.parseDouble(System.getProperty("bench.rate.b3", "1000")),
          Double.parseDouble(System.getProperty("bench.rate.b4", "1500")),
          Double.parseDouble(System.getProperty("bench.rate.b5", "5")),
          Double.parseDouble(System.getProperty("bench.rate.b6", "10")),
          Double.parseDouble(System.getProperty("bench.rate.b6bg", "20")),
          Integer.getInteger("bench.floorSeconds", 8),
          Integer.getInteger("bench.maxInFlight", 256),
          Integer.getInteger("bench.requestTimeoutSeconds", 10),
          Boolean.getBoolean("bench.skipSeed"),
          Boolean.getBoolean("bench.seedOnly"),
          java.util.Set.of(
              System.getProperty("bench.only", "").toUpperCase(Locale.ROOT).split("[,\\s]+")),
          System.getProperty("bench.commit", "unknown"),
          System.getProperty("bench.machineNote", ""));
    }

    int contacts() {
      return Math.max(1000, (int) Math.round(100_000 * scale));
    }

    String base() {
      return "http://localhost:" + httpPort;
    }

    /** Whether {@code bench.only} (e.g. {@code B1,B2,floors}) selects this part; empty: all. */
    boolean runs(String part) {
      return only.equals(java.util.Set.of("")) || only.contains(part.toUpperCase(Locale.ROOT));
    }
  }

  void runAll() throws Exception {
    Files.createDirectories(cfg.work());
    now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Path dataDir = cfg.work().toAbsolutePath().resolve("data");
    DevSigningKey key = DevSigningKey.loadOrCreate(dataDir.resolve("keys"));
    minter = new DevTokenMinter(key.privateKey(), DevDefaults.ISSUER);
    adminToken = token(0);
    for (int i = 1; i < Seeder.USERS; i++) {
      agentTokens.add(token(i));
    }
    signatures = new Signatures("bench-auth-token");
    prepareDatabase();
    if (cfg.seedOnly()) {
      return;
    }
    // the database's own speed first, while nothing else uses it
    if (cfg.runs("floors")) {
      floors =
          Floors.run(
              Floors.scripts(
                  cfg.contacts(),
                  deepOffset(),
                  deepBefore().toString(),
                  deepPosition(),
                  messageColumns()),
              cfg.database(),
              cfg.floorSeconds(),
              cfg.work());
    }
    Process redis = startRedis();
    FakeCarrier carrier = FakeCarrier.start(cfg.carrierPort());
    LibertyServer server =
        new LibertyServer(
            cfg.wlp(),
            cfg.serverName(),
            serverEnv(dataDir),
            cfg.work().resolve("server-control.log"));
    http = newClient();
    try {
      b7ColdStart(server);
      warmUp();
      if (cfg.runs("B0")) {
        b0();
      }
      if (cfg.runs("B1")) {
        b1();
      }
      if (cfg.runs("B2")) {
        b2();
      }
      if (cfg.runs("B3")) {
        b3(carrier);
      }
      if (cfg.runs("B4")) {
        b4();
      }
      if (cfg.runs("B5")) {
        b5();
      }
      if (cfg.runs("B6")) {
        b6();
      }

    } finally {
      try {
        server.stop();
      } catch (Exception e) {
        notes.put("server stop", e.toString());
      }
      carrier.close();
      if (redis != null) {
        redis.destroy();
      }
      Report.write(this);
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

  String token(int user) {
    UUID id = Seeder.userId(user);
    String username = user == 0 ? "bench-admin" : "agent" + user;
    return minter.mint(
        id.toString(),
        username,
        Optional.of(user == 0 ? "Bench Admin" : "Agent " + user),
        Optional.of(username + "@bench.example"),
        List.of(user == 0 ? "ADMIN" : "USER"),
        Duration.ofHours(8));
  }

  private String adminUrl() {
    return "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  }

  String dbUrl() {
    return "jdbc:postgresql://127.0.0.1:5432/" + cfg.database() + "?user=postgres";
  }

  void prepareDatabase() throws Exception {
    if (!cfg.skipSeed()) {
      try (Connection c = DriverManager.getConnection(adminUrl());
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + cfg.database() + " WITH (FORCE)");
        s.execute("CREATE DATABASE " + cfg.database());
      }
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl(dbUrl());
      long t0 = System.nanoTime();
      SchemaMigrator.migrate(ds);
      seedLog.add(
          String.format(Locale.ROOT, "Flyway migrations: %.1f s", (System.nanoTime() - t0) / 1e9));
      long t1 = System.nanoTime();
      try (Connection c = DriverManager.getConnection(dbUrl())) {
        seedLog.addAll(new Seeder(cfg.contacts(), cfg.messagesPerConversation(), now).seed(c));
      }
      seedLog.add(
          String.format(Locale.ROOT, "seeding in all: %.1f s", (System.nanoTime() - t1) / 1e9));
      System.out.println(String.join("\n", seedLog));
    }
  }

  private Process startRedis() {
    try {
      Process p =
          new ProcessBuilder(
                  "redis-server",
                  "--port",
                  Integer.toString(cfg.redisPort()),
                  "--save",
                  "",
                  "--appendonly",
                  "no",
                  "--bind",
                  "127.0.0.1")
              .redirectErrorStream(true)
              .redirectOutput(cfg.work().resolve("redis.log").toFile())
              .start();
      Thread.sleep(300);
      return p;
    } catch (Exception e) {
      notes.put(
          "redis", "not started (" + e.getMessage() + "): the server ran without CHAT_REDIS_URL");
      return null;
    }
  }

  Map<String, String> serverEnv(Path dataDir) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("CHAT_DATA_DIR", dataDir.toString());
    env.put("CHAT_DB_KIND", "postgresql");
    env.put("CHAT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + cfg.database());
    env.put("CHAT_DB_USER", "postgres");
    env.put("CHAT_DB_PASSWORD", "unused-trust-auth");
    env.put("CHAT_DEMO_DATA", "false");
    env.put(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
        dataDir.resolve("keys/" + DevSigningKey.PUBLIC_FILE).toUri().toString());
    env.put("CHAT_DEV_KEY_ENABLED", "false");
    env.put("CHAT_PUBLIC_BASE_URL", cfg.base());
    env.put("CHAT_TWILIO_ACCOUNT_SID", "ACbe0c0000000000000000000000000001");
    env.put("CHAT_TWILIO_AUTH_TOKEN", "bench-auth-token");
    env.put("CHAT_TWILIO_BASE_URL", "http://127.0.0.1:" + cfg.carrierPort());
    env.put("CHAT_TWILIO_SMS_FROM", Seeder.OUR_NUMBER);
    env.put("CHAT_TWILIO_WHATSAPP_FROM", Seeder.OUR_WHATSAPP);
    env.put("CHAT_SENDGRID_API_KEY", "SG.bench");
    env.put("CHAT_SENDGRID_BASE_URL", "http://127.0.0.1:" + cfg.carrierPort());
    env.put("CHAT_SENDGRID_VERIFIED_SENDERS", Seeder.OUR_EMAIL);
    env.put("CHAT_SENDGRID_WEBHOOK_PUBLIC_KEY", signatures.sendGridPublicKey());
    if (!notes.containsKey("redis")) {
      env.put("CHAT_REDIS_URL", "redis://127.0.0.1:" + cfg.redisPort());
    }
    // B3 measures acceptance at 1k/s from one user: the per-user API limit is lifted, the
    // carrier pacing is what production would configure for a short code / email
    env.put("CHAT_API_SEND_PER_MINUTE", "10000000");
    env.put("CHAT_OUTBOX_RATE_SMS", "100");
    env.put("CHAT_OUTBOX_RATE_EMAIL", "100");
    return env;
  }

  HttpRequest.Builder get(String path, String token) {
    return HttpRequest.newBuilder(URI.create(cfg.base() + path))
        .timeout(Duration.ofSeconds(cfg.requestTimeoutSeconds()))
        .header("Authorization", "Bearer " + token);
  }

  /**
   * B0's trivial authenticated request: the idle poll of a UI without a cursor (JWT check, the
   * token's user, one read of the change log's head, a tiny JSON body).
   */
  static final String B0_PATH = "/api/v1/conversations/updates";

  String agent(long n) {
    return agentTokens.get((int) (n % agentTokens.size()));
  }

  void b7ColdStart(LibertyServer server) throws Exception {
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
    HttpRequest probe = get(B0_PATH, adminToken).build();
    double firstOk = Double.NaN;
    int lastStatus = -1;
    while (System.nanoTime() - t0 < Duration.ofSeconds(300).toNanos()) {
      try {
        HttpResponse<String> r = http.send(probe, HttpResponse.BodyHandlers.ofString());
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
    proc = new ProcStats(server.pid());
    double rssAtStart = proc.rssMiB();
    Thread.sleep(10_000);
    double idle = proc.rssMiB();
    rows.add(Report.Row.b7(firstOk, rssAtStart, idle));
  }

  /**
   * Brings the server to steady state before anything is measured (B7 measured the cold start):
   * {@code bench.warmupSeconds} of the B0, B1 and B2 requests at a rate the server sustains, so
   * that the JIT compilers have compiled the request path — on 2 cores C2 otherwise competes with
   * the first scenarios for a minute or more.
   */
  void warmUp() {
    OpenLoad.run(
        "warm-up",
        http,
        100,
        Duration.ofSeconds(cfg.warmupSeconds()),
        cfg.maxInFlight(),
        n ->
            get(
                    switch ((int) (n % 3)) {
                      case 0 -> B0_PATH;
                      case 1 -> "/api/v1/conversations?pageSize=20";
                      default ->
                          "/api/v1/conversations/" + conversation(n) + "/messages?pageSize=20";
                    },
                    n % 3 == 2 ? adminToken : agent(n))
                .build(),
        OpenLoad::is2xx);
  }

  Report.Row measure(
      String name, String target, double rate, Duration duration, OpenLoadCall call) {
    if (!name.startsWith("B6")) { // B6 settles before its background load starts
      settle(name);
      http = newClient();
    }
    ProcStats.Window w = proc.window();
    OpenLoad.Result r = call.run(name, rate, duration);
    w.stop();
    Report.Row row = Report.Row.of(r, w, target);
    rows.add(row);
    System.out.println(row.line());
    return row;
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
      notes.merge(
          "settling",
          String.format(Locale.ROOT, "%.0f s before \"%s\"", waited, next),
          (a, b) -> a + "; " + b);
    }
  }

  interface OpenLoadCall {
    OpenLoad.Result run(String name, double rate, Duration duration);
  }

  Report.Row simple(
      String name,
      String target,
      double rate,
      Duration duration,
      java.util.function.LongFunction<HttpRequest> request) {
    return measure(
        name,
        target,
        rate,
        duration,
        (n, r, d) -> OpenLoad.run(n, http, r, d, cfg.maxInFlight(), request, OpenLoad::is2xx));
  }

  void b0() {
    simple(
        "B0 unloaded: idle poll GET /conversations/updates at 20/s",
        "p99 ≤ 50 ms",
        20,
        Duration.ofSeconds(cfg.variantSeconds()),
        n -> get(B0_PATH, agent(n)).build());
    simple(
        "B0 ceiling: idle poll GET /conversations/updates",
        "≥ 15000/s",
        cfg.rateB0(),
        Duration.ofSeconds(cfg.seconds()),
        n -> get(B0_PATH, agent(n)).build());
  }

  int deepPage() {
    return Math.min(250, cfg.contacts() / 20 / 2);
  }

  int deepOffset() {
    return (deepPage() - 1) * 20;
  }

  void b1() throws Exception {
    Duration d = Duration.ofSeconds(cfg.variantSeconds());
    String target = "≥ 2500/s, p99 ≤ 50 ms";
    String[] names = TextGen.LAST;
    simple(
        "B1 unloaded: list all, page 1 at 10/s",
        "p99 ≤ 50 ms",
        10,
        d,
        n -> get("/api/v1/conversations?pageSize=20", agent(n)).build());
    Map<String, java.util.function.LongFunction<String>> variants = new LinkedHashMap<>();
    variants.put("B1 list all, page 1", n -> "/api/v1/conversations?pageSize=20");
    variants.put("B1 list unread, page 1", n -> "/api/v1/conversations?filter=unread&pageSize=20");
    variants.put(
        "B1 list starred, page 1", n -> "/api/v1/conversations?filter=starred&pageSize=20");
    variants.put(
        "B1 list recents, page 1", n -> "/api/v1/conversations?filter=recents&pageSize=20");
    variants.put(
        "B1 list channel=SMS, page 1", n -> "/api/v1/conversations?channel=SMS&pageSize=20");
    variants.put(
        "B1 list all, deep page " + deepPage(),
        n -> "/api/v1/conversations?pageSize=20&page=" + deepPage());
    List<String> cursors = deepCursors(8);
    variants.put(
        "B1 list all, deep page " + deepPage() + " by cursor",
        n ->
            "/api/v1/conversations?pageSize=20&page="
                + deepPage()
                + "&cursor="
                + cursors.get((int) (n % cursors.size())));
    variants.put(
        "B1 list search=<last name>",
        n ->
            "/api/v1/conversations?pageSize=20&search="
                + names[(int) (n % names.length)].toLowerCase(Locale.ROOT));
    variants.forEach(
        (name, path) ->
            simple(name, target, cfg.rateB1(), d, n -> get(path.apply(n), agent(n)).build()));
  }

  /**
   * For the first {@code agents} agents (the ones {@link #agent(long)} gives for n = 0, 1, …), the
   * {@code meta.nextCursor} that leads to page {@link #deepPage()}, found by walking the list by
   * cursor from page 1 as a client would.
   */
  List<String> deepCursors(int agents) throws Exception {
    List<String> cursors = new ArrayList<>();
    java.util.regex.Pattern next = java.util.regex.Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
    for (int a = 0; a < agents; a++) {
      String cursor = null;
      for (int page = 1; page < deepPage(); page++) {
        String path =
            "/api/v1/conversations?pageSize=20&page="
                + page
                + (cursor == null ? "" : "&cursor=" + cursor);
        HttpResponse<String> r =
            http.send(get(path, agent(a)).build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher m = next.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
          throw new IllegalStateException(
              "no cursor after page " + page + " for agent " + (a + 1) + ": " + r.statusCode());
        }
        cursor = m.group(1);
      }
      cursors.add(cursor);
    }
    return cursors;
  }

  UUID conversation(long n) {
    return Seeder.id(Seeder.K_CONV, Math.floorMod(n * 7919, cfg.contacts()), 0);
  }

  /**
   * A keyset position about as deep as an agent's page {@link #deepPage()}: agents see about a
   * third of the conversations, so the position of row 3 × {@link #deepOffset()} overall.
   */
  String deepPosition() throws Exception {
    try (Connection c = DriverManager.getConnection(dbUrl());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT sort_at, id FROM conversations ORDER BY sort_at DESC, id DESC OFFSET "
                    + 3L * deepOffset()
                    + " LIMIT 1")) {
      rs.next();
      return "('"
          + rs.getObject(1, java.time.OffsetDateTime.class)
          + "'::timestamptz, '"
          + rs.getObject(2)
          + "'::uuid)";
    }
  }

  /**
   * The message columns the server selects (those its JPA entity maps): every column of {@code
   * messages} but the stored search words, which only the database reads.
   */
  String messageColumns() throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(dbUrl());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'messages'"
                    + " AND column_name <> 'body_search' ORDER BY ordinal_position")) {
      while (rs.next()) {
        columns.add("m." + rs.getString(1));
      }
    }
    return String.join(", ", columns);
  }

  Instant deepBefore() {
    return now.minus(Duration.ofDays(60));
  }

  void b2() {
    Duration d = Duration.ofSeconds(Math.max(cfg.variantSeconds(), cfg.seconds() / 2));
    simple(
        "B2 messages, newest page",
        "p99 ≤ 20 ms",
        cfg.rateB2(),
        d,
        n ->
            get("/api/v1/conversations/" + conversation(n) + "/messages?pageSize=20", adminToken)
                .build());
    int longOnes = Math.max(1, cfg.contacts() / 1000);
    String before = URLEncoder.encode(deepBefore().toString(), StandardCharsets.UTF_8);
    simple(
        "B2 messages, deep before= (2000-message conversations)",
        "p99 ≤ 20 ms",
        cfg.rateB2(),
        d,
        n ->
            get(
                    "/api/v1/conversations/"
                        + Seeder.id(
                            Seeder.K_CONV, Seeder.LONG_CONVERSATION + 1000L * (n % longOnes), 0)
                        + "/messages?pageSize=20&before="
                        + before,
                    adminToken)
                .build());
  }

  HttpRequest.Builder post(String path, String token, String json) {
    return HttpRequest.newBuilder(URI.create(cfg.base() + path))
        .timeout(Duration.ofSeconds(cfg.requestTimeoutSeconds()))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  void b3(FakeCarrier carrier) throws Exception {
    int twilioBefore = carrier.twilioRequests().size();
    int sendGridBefore = carrier.sendGridRequests().size();
    long t0 = System.nanoTime();
    Report.Row row =
        simple(
            "B3 send: POST …/messages/sms (3 of 4) and …/messages/email",
            "≥ 1000/s accepted, p99 ≤ 50 ms",
            cfg.rateB3(),
            Duration.ofSeconds(cfg.seconds()),
            n -> {
              int i = (int) Math.floorMod(n * 7919, cfg.contacts());
              if (n % 4 == 3) {
                i = i - i % 4 + 3; // an email conversation
                String to = Seeder.email(i, Seeder.contact(i).name());
                return post(
                        "/api/v1/conversations/"
                            + Seeder.id(Seeder.K_CONV, i, 0)
                            + "/messages/email",
                        adminToken,
                        "{\"fromName\":\"Support\",\"fromEmail\":\""
                            + Seeder.OUR_EMAIL
                            + "\",\"to\":\""
                            + to
                            + "\",\"subject\":\"Your order\",\"body\":\"Bench email "
                            + n
                            + ": your order shipped.\"}")
                    .build();
              }
              i = i - i % 4; // an SMS conversation
              return post(
                      "/api/v1/conversations/" + Seeder.id(Seeder.K_CONV, i, 0) + "/messages/sms",
                      adminToken,
                      "{\"message\":\"Bench SMS "
                          + n
                          + ": your order shipped.\",\"to\":\""
                          + Seeder.phone(i)
                          + "\"}")
                  .build();
            });
    double seconds = (System.nanoTime() - t0) / 1e9;
    int twilio = carrier.twilioRequests().size() - twilioBefore;
    int sendGrid = carrier.sendGridRequests().size() - sendGridBefore;
    // then the outbox alone, without new sends: how fast does the backlog drain?
    int drainSeconds = Math.max(5, cfg.variantSeconds());
    Thread.sleep(drainSeconds * 1000L);
    int twilioDrain = carrier.twilioRequests().size() - twilioBefore - twilio;
    int sendGridDrain = carrier.sendGridRequests().size() - sendGridBefore - sendGrid;
    notes.put(
        "B3 carrier dispatch",
        String.format(
            Locale.ROOT,
            "%d sends accepted in %.1f s; carrier calls during B3: Twilio %d (%.1f/s), SendGrid %d"
                + " (%.1f/s); in the %d s after B3 (outbox draining, no new sends): Twilio %.1f/s,"
                + " SendGrid %.1f/s. Pacing configured at 100/s per sender (CHAT_OUTBOX_RATE_SMS,"
                + " _EMAIL; one SMS sender, one email sender), so up to ~200/s could go out",
            row.ok(),
            seconds,
            twilio,
            twilio / seconds,
            sendGrid,
            sendGrid / seconds,
            drainSeconds,
            twilioDrain / (double) drainSeconds,
            sendGridDrain / (double) drainSeconds));
    // the paced backlog would otherwise keep dispatching through the next scenarios
    try (Connection c = DriverManager.getConnection(dbUrl());
        Statement s = c.createStatement()) {
      int left = s.executeUpdate("UPDATE outbox SET state = 'done' WHERE state <> 'done'");
      notes.put(
          "B3 backlog",
          left + " outbox rows still waiting for their pacing slot were marked done after B3");
    }
  }

  void b4() throws Exception {
    int wanted = (int) (cfg.rateB4() * cfg.seconds()) + 10;
    List<String[]> sids = new ArrayList<>();
    List<String> emailIds = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(dbUrl());
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT carrier_message_id, channel, to_address FROM messages WHERE status = 'sent'"
                  + " AND carrier = 'twilio' LIMIT "
                  + wanted)) {
        while (rs.next()) {
          sids.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
      int emails = (int) (cfg.rateB4() / 10 * cfg.variantSeconds() * 10) + 10;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT carrier_message_id FROM messages WHERE status = 'sent' AND carrier = 'sendgrid' LIMIT "
                  + emails)) {
        while (rs.next()) {
          emailIds.add(rs.getString(1));
        }
      }
    }
    String account = "ACbe0c0000000000000000000000000001";
    simple(
        "B4 Twilio status callbacks (signed)",
        "≥ 1500/s, p99 ≤ 100 ms",
        cfg.rateB4(),
        Duration.ofSeconds(cfg.seconds()),
        n -> {
          String[] m = sids.get((int) (n % sids.size()));
          String path =
              "/api/v1/webhooks/twilio/"
                  + (m[1].equals("WhatsApp") ? "whatsapp" : "sms")
                  + "/status";
          Map<String, String> form = new LinkedHashMap<>();
          form.put("MessageSid", m[0]);
          form.put("SmsSid", m[0]);
          form.put("AccountSid", account);
          form.put("MessageStatus", "delivered");
          form.put("SmsStatus", "delivered");
          form.put("To", m[2]);
          form.put("From", m[1].equals("WhatsApp") ? Seeder.OUR_WHATSAPP : Seeder.OUR_NUMBER);
          form.put("ApiVersion", "2010-04-01");
          return HttpRequest.newBuilder(URI.create(cfg.base() + path))
              .timeout(Duration.ofSeconds(cfg.requestTimeoutSeconds()))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-Twilio-Signature", signatures.twilio(cfg.base() + path, form))
              .POST(HttpRequest.BodyPublishers.ofString(Signatures.form(form)))
              .build();
        });
    if (emailIds.isEmpty()) {
      return;
    }
    simple(
        "B4 SendGrid event batches of 10 (signed)",
        "≥ 150/s (1500 events/s), p99 ≤ 100 ms",
        cfg.rateB4() / 10,
        Duration.ofSeconds(cfg.variantSeconds()),
        n -> {
          StringBuilder body = new StringBuilder("[");
          long ts = Instant.now().getEpochSecond();
          for (int k = 0; k < 10; k++) {
            String id = emailIds.get((int) ((n * 10 + k) % emailIds.size()));
            body.append(k == 0 ? "" : ",")
                .append("{\"email\":\"x@example.com\",\"timestamp\":")
                .append(ts)
                .append(",\"event\":\"delivered\",\"sg_event_id\":\"bench-")
                .append(n)
                .append('-')
                .append(k)
                .append("\",\"sg_message_id\":\"")
                .append(id)
                .append(".filterdrecv-bench-1-5F0B4E2A-4.0\"}");
          }
          body.append(']');
          byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
          String timestamp = Long.toString(ts);
          return HttpRequest.newBuilder(
                  URI.create(cfg.base() + "/api/v1/webhooks/twilio/email/status"))
              .timeout(Duration.ofSeconds(cfg.requestTimeoutSeconds()))
              .header("Content-Type", "application/json")
              .header(
                  "X-Twilio-Email-Event-Webhook-Signature", signatures.sendGrid(timestamp, bytes))
              .header("X-Twilio-Email-Event-Webhook-Timestamp", timestamp)
              .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
              .build();
        });
  }

  void b5() throws Exception {
    int marks = (int) Math.ceil(cfg.rateB5() * cfg.seconds()) + 1;
    WsFanout fan = new WsFanout(cfg.wsClients(), marks);
    HttpClient wsHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    String wsBase = cfg.base().replace("http://", "ws://");
    settle("B5");
    http = newClient();
    long connected =
        fan.connect(wsHttp, URI.create(wsBase + "/ws/conversations?token=" + adminToken));
    ProcStats.Window w = proc.window();
    long framesBefore = fan.frames();
    String account = "ACbe0c0000000000000000000000000001";
    String path = "/api/v1/webhooks/twilio/sms/inbound";
    long run = System.currentTimeMillis();
    OpenLoad.Result writes =
        OpenLoad.run(
            "B5 writes",
            http,
            cfg.rateB5(),
            Duration.ofSeconds(cfg.seconds()),
            cfg.maxInFlight(),
            n -> {
              int mark = (int) n;
              int i = (int) Math.floorMod(n * 7919, cfg.contacts());
              i = i - i % 4;
              Map<String, String> form = new LinkedHashMap<>();
              form.put("MessageSid", String.format(Locale.ROOT, "SM%013x%019d", run, n));
              form.put("AccountSid", account);
              form.put("From", Seeder.phone(i));
              form.put("To", Seeder.OUR_NUMBER);
              form.put("Body", "Bench fan-out " + WsFanout.marker(mark) + " where is my parcel?");
              form.put("NumMedia", "0");
              HttpRequest request =
                  HttpRequest.newBuilder(URI.create(cfg.base() + path))
                      .timeout(Duration.ofSeconds(cfg.requestTimeoutSeconds()))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .header("X-Twilio-Signature", signatures.twilio(cfg.base() + path, form))
                      .POST(HttpRequest.BodyPublishers.ofString(Signatures.form(form)))
                      .build();
              fan.sent(mark, System.nanoTime());
              return request;
            },
            OpenLoad::is2xx);
    int sent = (int) Math.min(writes.due(), marks);
    fan.awaitAll(sent, 15_000);
    w.stop();
    long expected = (long) writes.ok() * fan.connectedClients();
    long delivered = fan.delivered(sent);
    double seconds = writes.seconds();
    Report.Row row =
        Report.Row.b5(
            writes,
            fan.latencyMicros(),
            w,
            connected,
            expected,
            delivered,
            fan.duplicates(),
            fan.closedByServer(),
            (fan.frames() - framesBefore) / seconds);
    rows.add(row);
    System.out.println(row.line());
    fan.close();
  }

  void b6() throws Exception {
    String[] queries = {
      "refund",
      "tracking",
      "invoice",
      "garcia",
      "coffee grinder",
      "damaged",
      "canada",
      "chen",
      "subscription",
      "rain boots",
      "okafor",
      "discount"
    };
    settle("B6");
    http = newClient();
    AtomicReference<OpenLoad.Result> background = new AtomicReference<>();
    Thread bg =
        new Thread(
            () ->
                background.set(
                    OpenLoad.run(
                        "B6 background B1 mix",
                        http,
                        cfg.rateB6Background(),
                        Duration.ofSeconds(cfg.seconds() + 2),
                        cfg.maxInFlight(),
                        n ->
                            get(
                                    switch ((int) (n % 3)) {
                                      case 0 -> "/api/v1/conversations?pageSize=20";
                                      case 1 -> "/api/v1/conversations?filter=unread&pageSize=20";
                                      default -> "/api/v1/conversations?channel=SMS&pageSize=20";
                                    },
                                    agent(n))
                                .build(),
                        OpenLoad::is2xx)));
    bg.start();
    Thread.sleep(1000);
    simple(
        "B6 search ?q= under " + (int) cfg.rateB6Background() + "/s B1 load",
        "p99 ≤ 100 ms",
        cfg.rateB6(),
        Duration.ofSeconds(cfg.seconds()),
        n ->
            get(
                    "/api/v1/conversations/search?q="
                        + URLEncoder.encode(
                            queries[(int) (n % queries.length)], StandardCharsets.UTF_8),
                    agent(n))
                .build());
    bg.join();
    OpenLoad.Result b = background.get();
    if (b != null) {
      notes.put(
          "B6 background",
          String.format(
              Locale.ROOT,
              "B1 mix at %.0f/s alongside B6: %.0f/s ok, p50 %.1f ms, p99 %.1f ms, errors %d",
              b.offeredPerSecond(),
              b.throughput(),
              b.percentileMs(50),
              b.percentileMs(99),
              b.errors()));
    }
  }

  static SplittableRandom random() {
    return new SplittableRandom(ThreadLocalRandom.current().nextLong());
  }
}
