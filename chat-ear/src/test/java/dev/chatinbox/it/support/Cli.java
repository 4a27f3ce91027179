package dev.chatinbox.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatinbox.cli.ChatCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the {@code chat} command in process (picocli's execute, as the launcher runs it). */
public final class Cli {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Cli() {}

  /** What a run printed and its exit code. */
  public record Result(int code, String out, String err) {
    public JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  /** {@code chat args…} with its configuration in {@code configDir}. */
  public static Result run(Path configDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd =
        ChatCli.commandLine(new ChatCli(Map.of("CHAT_CONFIG_DIR", configDir.toString())));
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return new Result(cmd.execute(args), out.toString(), err.toString());
  }

  /**
   * {@code chat args…} left running on its own thread (a command that does not end by itself, such
   * as {@code events --follow}): what it printed so far can be read while it runs.
   */
  public static Running start(Path configDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd =
        ChatCli.commandLine(new ChatCli(Map.of("CHAT_CONFIG_DIR", configDir.toString())));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    Thread thread = new Thread(() -> cmd.execute(args), "chat " + String.join(" ", args));
    thread.setDaemon(true);
    thread.start();
    return new Running(thread, out, err);
  }

  /** A command still running; {@link #close} interrupts it (Ctrl-C). */
  public record Running(Thread thread, StringWriter out, StringWriter err)
      implements AutoCloseable {
    /** Standard output so far (StringWriter's buffer is synchronised). */
    public String outSoFar() {
      return out.toString();
    }

    public boolean alive() {
      return thread.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(5_000);
    }
  }
}
