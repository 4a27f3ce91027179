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
}
