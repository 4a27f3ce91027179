package dev.chatinbox.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts and stops Liberty servers of the integration-test runtime from a test: a second node
 * copied from the first (same application, database, keys and carriers; its own ports), and the
 * readiness wait.
 */
public final class LibertyServers {
  public static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
  public static final String FIRST = System.getProperty("it.server.name", "chatServerIT");

  private LibertyServers() {}

  /** Copies the first server's directory to {@code name} with other ports, and starts it. */
  public static void startCopy(String name, int httpPort, int httpsPort) throws Exception {
    startCopy(name, httpPort, httpsPort, Map.of());
  }

  /**
   * Copies the first server's directory to {@code name} with other ports and the given bootstrap
   * properties (Liberty variables such as {@code chat.db.url}) replaced, and starts it.
   */
  public static void startCopy(
      String name, int httpPort, int httpsPort, Map<String, String> bootstrapOverrides)
      throws Exception {
    copy(name, httpPort, httpsPort, bootstrapOverrides);
    run(name, "start");
    awaitReady("http://localhost:" + httpPort);
  }

  /**
   * Copies the first server's directory to {@code name} with other ports and the given bootstrap
   * properties replaced; returns the copy's directory (to edit before {@link #start}).
   */
  public static Path copy(
      String name, int httpPort, int httpsPort, Map<String, String> bootstrapOverrides)
      throws Exception {
    Path from = WLP.resolve("usr/servers/" + FIRST);
    Path to = WLP.resolve("usr/servers/" + name);
    deleteTree(to);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path relative = from.relativize(source);
        String top = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        if (List.of("logs", "workarea").contains(top)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    Path bootstrap = to.resolve("bootstrap.properties");
    String properties =
        Files.readString(bootstrap)
            .replaceAll("(?m)^default\\.http\\.port=.*$", "default.http.port=" + httpPort)
            .replaceAll("(?m)^default\\.https\\.port=.*$", "default.https.port=" + httpsPort);
    for (Map.Entry<String, String> override : bootstrapOverrides.entrySet()) {
      String key = override.getKey();
      properties =
          properties.replaceAll("(?m)^" + Pattern.quote(key) + "=.*$\\R?", "")
              + System.lineSeparator()
              + key
              + "="
              + override.getValue()
              + System.lineSeparator();
    }
    Files.writeString(bootstrap, properties);
    return to;
  }

  /** Starts a server (the start command returns once the server process is up). */
  public static void start(String name) throws Exception {
    run(name, "start");
  }

  public static void stop(String name) throws Exception {
    run(name, "stop");
  }

  private static void run(String name, String action) throws Exception {
    Files.createDirectories(WLP.resolve("usr/servers/" + name + "/logs"));
    File log = WLP.resolve("usr/servers/" + name + "/logs/test-" + action + ".log").toFile();
    ProcessBuilder command =
        new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    command.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = command.start();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError("server " + action + " " + name + " failed; see " + log);
    }
  }

  /** Waits until {@code base}/health/ready answers 200. */
  public static void awaitReady(String base) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError(base + " never became ready");
  }

  /** Deletes {@code dir} and everything in it, if it exists. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
