package dev.chatinbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Open Liberty server under test, created by {@code liberty:create liberty:deploy} in {@code
 * chat-ear/target/liberty} (bench/run does that): started and stopped with {@code wlp/bin/server},
 * configured only through environment variables (README "Configuration"), its pid read from
 * Liberty's pid file for the /proc figures.
 */
final class LibertyServer {
  private final Path wlp;
  private final String name;
  private final Map<String, String> env;
  private final Path log;

  LibertyServer(Path wlp, String name, Map<String, String> env, Path log) {
    this.wlp = wlp;
    this.name = name;
    this.env = env;
    this.log = log;
  }

  void start() throws IOException, InterruptedException {
    run("start");
  }

  void stop() throws IOException, InterruptedException {
    run("stop");
  }

  private void run(String action) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(wlp.resolve("bin/server").toString(), action, name));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(240, TimeUnit.SECONDS)) {
      process.destroy();
      throw new IOException("server " + action + " did not finish in 240 s");
    }
  }

  /** The server JVM's pid, from Liberty's pid file. */
  long pid() throws IOException {
    Path file = wlp.resolve("usr/servers/.pid/" + name + ".pid");
    return Long.parseLong(Files.readString(file).trim());
  }

  Path messagesLog() {
    return wlp.resolve("usr/servers/" + name + "/logs/messages.log");
  }
}
