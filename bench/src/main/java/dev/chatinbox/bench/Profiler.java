package dev.chatinbox.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * With {@code bench.profile=true}: CPU profiles of the server during B1 (list all, page 1), B2
 * (newest message page), B3 and B4 (Twilio callbacks): a flame graph ({@code results/*.html}),
 * collapsed stacks in the work directory ({@code .collapsed}, one line per stack: frames separated
 * by {@code ;}, then the sample count; megabytes, so not committed) and their summary ({@link
 * ProfileSummary}) in RESULTS.md. async-profiler (Maven Central {@code
 * tools.profiler:async-profiler}, whose jar carries the native library) is loaded into the running
 * server with {@code jcmd <pid> JVMTI.agent_load}: nothing to install, no restart. Sampling adds a
 * few per cent to the profiled scenarios.
 */
final class Profiler {
  /** The scenarios profiled, by the start of their names, with the files' names. */
  private static final Map<String, String> PROFILED = new LinkedHashMap<>();

  static {
    PROFILED.put(ConversationList.ALL_PAGE_1, "profile-B1-list-all-page-1");
    PROFILED.put(MessageHistory.NEWEST, "profile-B2-messages-newest-page");
    PROFILED.put(Sends.NAME, "profile-B3-send");
    PROFILED.put(StatusCallbacks.TWILIO, "profile-B4-twilio-status");
  }

  /** A profile being taken; {@link #stop} writes it. */
  interface Session {
    void stop();
  }

  private static final Session NONE = () -> {};

  private final Config cfg;
  private final Results results;
  private Path library;

  Profiler(Config cfg, Results results) {
    this.cfg = cfg;
    this.results = results;
  }

  /** Starts profiling the server if {@code scenario} is one profiled and profiles are wanted. */
  Session startFor(String scenario, long pid) {
    String file = cfg.profile() ? PROFILED.get(scenario) : null;
    if (file == null) {
      return NONE;
    }
    try {
      agent(pid, "start,event=cpu,interval=1ms");
    } catch (IOException | RuntimeException e) {
      results.profiles.add(scenario + ": not profiled (" + e.getMessage() + ")");
      return NONE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return NONE;
    }
    return () -> stop(scenario, pid, file);
  }

  private void stop(String scenario, long pid, String file) {
    Path dir = cfg.out().resolve("results").toAbsolutePath();
    // collapsed stacks run to megabytes: beside the run's work files, summarised in RESULTS.md
    Path collapsed = cfg.work().toAbsolutePath().resolve(file + ".collapsed");
    try {
      Files.createDirectories(dir);
      agent(pid, "dump,collapsed,file=" + collapsed);
      agent(pid, "stop,file=" + dir.resolve(file + ".html"));
      results.profiles.add(
          scenario
              + ": flame graph `results/"
              + file
              + ".html`, collapsed stacks `"
              + cfg.work().resolve(file + ".collapsed")
              + "` (not committed). "
              + ProfileSummary.of(Files.readString(collapsed), 8));
    } catch (IOException | RuntimeException e) {
      results.profiles.add(scenario + ": profile not written (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Loads the agent into the server with {@code arguments} (async-profiler's own: {@code start,…},
   * {@code dump,…}, {@code stop,…}); jcmd's parser needs them quoted.
   */
  private void agent(long pid, String arguments) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(
                Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd",
                Long.toString(pid),
                "JVMTI.agent_load",
                library().toString(),
                "\"" + arguments + "\"")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.contains("return code: 0")) {
      throw new IOException("jcmd JVMTI.agent_load " + arguments + ": " + out);
    }
  }

  /** async-profiler's native library for this machine, taken out of its jar once. */
  private Path library() throws IOException {
    if (library == null) {
      String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
      String platform = List.of("aarch64", "arm64").contains(arch) ? "linux-arm64" : "linux-x64";
      Path target = cfg.work().toAbsolutePath().resolve("async-profiler/libasyncProfiler.so");
      Files.createDirectories(target.getParent());
      try (InputStream in =
          Profiler.class.getResourceAsStream("/" + platform + "/libasyncProfiler.so")) {
        if (in == null) {
          throw new IOException(
              "no " + platform + "/libasyncProfiler.so on the class path (async-profiler jar)");
        }
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      library = target;
    }
    return library;
  }
}
