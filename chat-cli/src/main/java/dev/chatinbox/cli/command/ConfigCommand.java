package dev.chatinbox.cli.command;

import dev.chatinbox.cli.support.ConfigStore;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code chat config set|show}: the server URL and token, stored with file mode 600. */
@Command(
    name = "config",
    description = "Store the server URL and token (config.properties, mode 600).",
    subcommands = {ConfigCommand.Set.class, ConfigCommand.Show.class})
public class ConfigCommand extends Group {

  /** {@code config set --server URL --token JWT}: the global options, stored. */
  @Command(
      name = "set",
      description = "Store --server and/or --token (given as the global options).")
  static class Set extends Base {
    @Override
    public Integer call() {
      Map<String, String> values = new LinkedHashMap<>();
      if (root().serverOption() != null) {
        values.put(ConfigStore.SERVER, root().serverOption());
      }
      if (root().tokenOption() != null) {
        values.put(ConfigStore.TOKEN, root().tokenOption());
      }
      if (values.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "give --server and/or --token");
      }
      ConfigStore config = root().config();
      config.put(values);
      out()
          .message(
              "saved " + String.join(", ", values.keySet()) + " in " + config.file(),
              Map.of("file", config.file().toString(), "saved", List.copyOf(values.keySet())));
      return 0;
    }
  }

  /** {@code config show}: the token is shortened. */
  @Command(name = "show", description = "Show the stored configuration (token shortened).")
  static class Show extends Base {
    @Override
    public Integer call() {
      ConfigStore config = root().config();
      String server = config.get(ConfigStore.SERVER).orElse(null);
      String token = config.get(ConfigStore.TOKEN).map(Show::shorten).orElse(null);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("file", config.file().toString());
      json.put("server", server);
      json.put("token", token);
      out()
          .details(
              json,
              List.of("file", "server", "token"),
              Arrays.asList(config.file(), server, token));
      return 0;
    }

    private static String shorten(String token) {
      return token.length() <= 16
          ? "***"
          : token.substring(0, 10) + "…" + token.substring(token.length() - 4);
    }
  }
}
