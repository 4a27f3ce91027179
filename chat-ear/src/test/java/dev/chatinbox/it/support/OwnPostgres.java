package dev.chatinbox.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own (data directory under {@code target/}, its own port, TCP on
 * 127.0.0.1 only, no Unix socket), made with {@code initdb} and started and stopped with {@code
 * pg_ctl} — so that a test can take the database away without touching the machine's shared
 * cluster.
 */
public final class OwnPostgres implements AutoCloseable {
  /** PostgreSQL refuses to run as root: a root test runs its commands as this user. */
  private static final String SERVER_USER = "postgres";

  private final Path bin;
  private final Path base;
  private final Path data;
  private final int port;
  private final File log;

  private OwnPostgres(Path bin, Path base, int port) {
    this.bin = bin;
    this.base = base;
    this.data = base.resolve("data");
    this.port = port;
    this.log = base.resolve("commands.log").toFile();
  }

  /**
   * Makes a fresh cluster under {@code base} (deleting what was there) and starts it on {@code
   * port}.
   */
  public static OwnPostgres create(Path base, int port) throws Exception {
    OwnPostgres cluster = new OwnPostgres(binaries(), base.toAbsolutePath(), port);
    LibertyServers.deleteTree(cluster.base);
    Files.createDirectories(cluster.base);
    if (asRoot()) {
      UserPrincipal owner =
          cluster
              .base
              .getFileSystem()
              .getUserPrincipalLookupService()
              .lookupPrincipalByName(SERVER_USER);
      Files.setOwner(cluster.base, owner);
    }
    cluster.run(
        List.of(
            cluster.bin.resolve("initdb").toString(),
            "-D",
            cluster.data.toString(),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync"));
    cluster.start();
    return cluster;
  }

  public int port() {
    return port;
  }

  /** The JDBC URL of {@code database} on this cluster. */
  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public void createDatabase(String name) throws Exception {
    try (Connection c = DriverManager.getConnection(url("postgres") + "?user=postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
  }

  public void start() throws Exception {
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-l",
            base.resolve("server.log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p "
                + port
                + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off",
            "start"));
  }

  /** Stops the cluster at once: sessions are cut, new connections refused. */
  public void stop() throws Exception {
    run(
        List.of(
            bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
  }

  @Override
  public void close() throws Exception {
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        stop();
      }
    } finally {
      LibertyServers.deleteTree(base);
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private void run(List<String> command) throws Exception {
    List<String> full = new ArrayList<>();
    if (asRoot()) {
      full.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
    }
    full.addAll(command);
    Process process =
        new ProcessBuilder(full)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
            .start();
    if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " failed; see " + log);
    }
  }

  /** The newest installed PostgreSQL's binaries ({@code /usr/lib/postgresql/<version>/bin}). */
  private static Path binaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(
              Comparator.comparingInt(
                  b -> {
                    String v = b.getParent().getFileName().toString();
                    return v.matches("\\d+") ? Integer.parseInt(v) : 0;
                  }))
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries under " + root));
    }
  }
}
