package dev.chatinbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the CLI does without a server: config file, exit codes, help. */
class CliOfflineTest {
  @TempDir Path home;

  record Result(int code, String out, String err) {}

  private Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = ChatCli.commandLine(new ChatCli(env));
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void configSetWritesAPrivateFileUnderXdgConfigHome() throws Exception {
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", home.toString());
    Result set = run(env, "config", "set", "--server", "http://127.0.0.1:1", "--token", "abc.def");
    assertEquals(0, set.code(), set::toString);
    Path file = home.resolve("chat-inbox/config.properties");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    assertTrue(Files.readString(file).contains("server=http\\://127.0.0.1\\:1"));

    Result show = run(env, "config", "show", "--json");
    assertEquals(0, show.code());
    assertTrue(show.out().contains("\"server\" : \"http://127.0.0.1:1\""), show::toString);
    assertTrue(!show.out().contains("abc.def"), "token is not printed in full");
  }

  @Test
  void configDirOptionAndEnvironmentWinOverXdg() {
    Path explicit = home.resolve("explicit");
    Map<String, String> env =
        Map.of(
            "XDG_CONFIG_HOME",
            home.resolve("xdg").toString(),
            "CHAT_CONFIG_DIR",
            explicit.toString());
    assertEquals(0, run(env, "config", "set", "--server", "http://a").code());
    assertTrue(Files.exists(explicit.resolve("config.properties")));
    Path option = home.resolve("option");
    assertEquals(
        0,
        run(env, "config", "set", "--server", "http://b", "--config-dir", option.toString())
            .code());
    assertTrue(Files.exists(option.resolve("config.properties")));
  }

  @Test
  void exitCodes() {
    Map<String, String> env = Map.of("CHAT_CONFIG_DIR", home.toString());
    assertEquals(ExitCodes.USAGE, run(env).code());
    assertEquals(ExitCodes.USAGE, run(env, "conversations").code());
    assertEquals(ExitCodes.USAGE, run(env, "conversations", "list", "--bogus").code());
    assertEquals(
        ExitCodes.USAGE,
        run(env, "send", "sms", "c1", "--to", "+1", "--text", "x", "--at", "tomorrow").code());
    Result unconfigured = run(env, "conversations", "list");
    assertEquals(ExitCodes.NOT_CONFIGURED, unconfigured.code());
    assertTrue(unconfigured.err().contains("no server URL"), unconfigured::toString);
    Result down = run(env, "users", "list", "--server", "http://127.0.0.1:1", "--token", "t");
    assertEquals(ExitCodes.UNAVAILABLE, down.code(), down::toString);
    assertTrue(down.err().contains("cannot reach the server"), down::toString);
    assertEquals(0, run(env, "contacts", "import", "--help").code());
  }
}
