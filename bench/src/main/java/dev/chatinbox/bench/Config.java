package dev.chatinbox.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The harness's settings, from system properties {@code bench.*} (bench/README.md lists them). */
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
    double rateB8,
    int floorSeconds,
    int maxInFlight,
    int requestTimeoutSeconds,
    boolean skipSeed,
    boolean seedOnly,
    Set<String> only,
    String commit,
    String machineNote,
    ClosedLoop closedLoop,
    boolean profile) {

  /** The closed-loop ceilings measured with wrk: duration, connections and threads. */
  record ClosedLoop(int seconds, int connections, int threads) {}

  static Config fromSystemProperties() {
    return new Config(
        Double.parseDouble(System.getProperty("bench.scale", "1")),
        Integer.getInteger("bench.messagesPerConversation", 20),
        Integer.getInteger("bench.seconds", 20),
        Integer.getInteger("bench.variantSeconds", 6),
        Integer.getInteger("bench.warmupSeconds", 60),
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
                System.getProperty("bench.only", "").isBlank() ? "bench" : "bench/target/partial")),
        Path.of(System.getProperty("bench.work", "bench/target/work")),
        Integer.getInteger("bench.wsClients", 2000),
        Double.parseDouble(System.getProperty("bench.rate.b0", "15000")),
        Double.parseDouble(System.getProperty("bench.rate.b1", "2500")),
        Double.parseDouble(System.getProperty("bench.rate.b2", "1000")),
        Double.parseDouble(System.getProperty("bench.rate.b3", "1000")),
        Double.parseDouble(System.getProperty("bench.rate.b4", "1500")),
        Double.parseDouble(System.getProperty("bench.rate.b5", "5")),
        Double.parseDouble(System.getProperty("bench.rate.b6", "20")),
        Double.parseDouble(System.getProperty("bench.rate.b6bg", "200")),
        Double.parseDouble(System.getProperty("bench.rate.b8", "1000")),
        Integer.getInteger("bench.floorSeconds", 8),
        Integer.getInteger("bench.maxInFlight", 256),
        Integer.getInteger("bench.requestTimeoutSeconds", 10),
        Boolean.getBoolean("bench.skipSeed"),
        Boolean.getBoolean("bench.seedOnly"),
        Set.of(System.getProperty("bench.only", "").toUpperCase(Locale.ROOT).split("[,\\s]+")),
        System.getProperty("bench.commit", "unknown"),
        System.getProperty("bench.machineNote", ""),
        new ClosedLoop(
            Integer.getInteger("bench.wrk.seconds", 10),
            Integer.getInteger("bench.wrk.connections", 16),
            Integer.getInteger("bench.wrk.threads", 1)),
        Boolean.getBoolean("bench.profile"));
  }

  /** The same settings writing to {@code out} (and working in it), every part selected. */
  Config writingTo(Path out) {
    return new Config(
        scale,
        messagesPerConversation,
        seconds,
        variantSeconds,
        warmupSeconds,
        database,
        httpPort,
        carrierPort,
        redisPort,
        wlp,
        serverName,
        out,
        out,
        wsClients,
        rateB0,
        rateB1,
        rateB2,
        rateB3,
        rateB4,
        rateB5,
        rateB6,
        rateB6Background,
        rateB8,
        floorSeconds,
        maxInFlight,
        requestTimeoutSeconds,
        skipSeed,
        false,
        Set.of(""),
        "test",
        "",
        closedLoop,
        profile);
  }

  int contacts() {
    return Math.max(1000, (int) Math.round(100_000 * scale));
  }

  String base() {
    return "http://localhost:" + httpPort;
  }

  /** Whether {@code bench.only} (e.g. {@code B1,B2,floors}) selects this part; empty: all. */
  boolean runs(String part) {
    return only.equals(Set.of("")) || only.contains(part.toUpperCase(Locale.ROOT));
  }
}
