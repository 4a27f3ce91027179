package dev.chatinbox.cli;

import dev.chatinbox.cli.command.ActionsCommand;
import dev.chatinbox.cli.command.ConfigCommand;
import dev.chatinbox.cli.command.ContactsCommand;
import dev.chatinbox.cli.command.ConversationsCommand;
import dev.chatinbox.cli.command.EventsCommand;
import dev.chatinbox.cli.command.MessagesCommand;
import dev.chatinbox.cli.command.NotesCommand;
import dev.chatinbox.cli.command.RepliesCommand;
import dev.chatinbox.cli.command.ReportsCommand;
import dev.chatinbox.cli.command.ScheduledCommand;
import dev.chatinbox.cli.command.SendCommand;
import dev.chatinbox.cli.command.TeamsCommand;
import dev.chatinbox.cli.command.TokenCommand;
import dev.chatinbox.cli.command.UsersCommand;
import dev.chatinbox.cli.command.WatchCommand;
import dev.chatinbox.cli.command.WebhooksCommand;
import dev.chatinbox.cli.support.ConfigStore;
import dev.chatinbox.cli.support.NotConfiguredException;
import dev.chatinbox.cli.support.Output;
import dev.chatinbox.sdk.ChatApiException;
import dev.chatinbox.sdk.ChatClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code chat}: the Chat Inbox admin command line. Global options are inherited by every
 * subcommand, so {@code chat conversations list --json} works as well as {@code chat --json
 * conversations list}.
 */
@Command(
    name = "chat",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    version = "chat (Chat Inbox CLI) 0.1.0",
    description = "Chat Inbox from the command line: conversations, messages, contacts, users.",
    subcommands = {
      ConfigCommand.class,
      TokenCommand.class,
      ConversationsCommand.class,
      TeamsCommand.class,
      MessagesCommand.class,
      SendCommand.class,
      ContactsCommand.class,
      UsersCommand.class,
      ActionsCommand.class,
      NotesCommand.class,
      RepliesCommand.class,
      ReportsCommand.class,
      ScheduledCommand.class,
      WatchCommand.class,
      WebhooksCommand.class,
      EventsCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:unexpected failure",
      "2:usage error",
      "3:not configured (no server URL or token)",
      "4:refused by the server (400, 409, 429, ...)",
      "5:not found (404)",
      "6:not authenticated or not allowed (401, 403)",
      "7:server unreachable or failing (5xx)",
      "8:partly done (import with rejected rows)"
    })
public class ChatCli implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--server",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      description = "Server URL (default: $CHAT_SERVER, else the config file)")
  String server;

  @Option(
      names = "--token",
      scope = ScopeType.INHERIT,
      paramLabel = "JWT",
      description = "Bearer token (default: $CHAT_TOKEN, else the config file)")
  String token;

  @Option(
      names = "--config-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "Config directory (default: $CHAT_CONFIG_DIR, else $XDG_CONFIG_HOME/chat-inbox,"
              + " else ~/.config/chat-inbox)")
  Path configDir;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print JSON for scripts instead of tables")
  boolean json;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "No colours even on a terminal ($NO_COLOR works too)")
  boolean noColor;

  private final Map<String, String> env;

  /** With the process environment. */
  public ChatCli() {
    this(System.getenv());
  }

  /** With a given environment (tests). */
  public ChatCli(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public static void main(String[] args) {
    System.exit(commandLine(new ChatCli()).execute(args));
  }

  /** The configured command line: API failures become messages and exit codes. */
  public static CommandLine commandLine(ChatCli cli) {
    CommandLine cmd = new CommandLine(cli);
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          Ansi ansi = cli.ansi();
          if (ex instanceof ChatApiException e) {
            err.println(ansi.string("@|red,bold chat: " + describe(e) + "|@"));
            e.errors().forEach(f -> err.println("  " + f.field() + ": " + f.message()));
            err.flush();
            return ExitCodes.of(e);
          }
          if (ex instanceof NotConfiguredException) {
            err.println("chat: " + ex.getMessage());
            err.flush();
            return ExitCodes.NOT_CONFIGURED;
          }
          err.println(ansi.string("@|red,bold chat: " + ex.getMessage() + "|@"));
          err.flush();
          return ExitCodes.FAILURE;
        });
    return cmd;
  }

  private static String describe(ChatApiException e) {
    if (e.isConnectionFailure()) {
      return "cannot reach the server: " + e.detail();
    }
    return e.status() + " " + e.title() + (e.detail() == null ? "" : ": " + e.detail());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  /** {@code --server} as given on the command line (null when absent). */
  public String serverOption() {
    return server;
  }

  /** {@code --token} as given on the command line (null when absent). */
  public String tokenOption() {
    return token;
  }

  /** The environment the command runs in. */
  public Map<String, String> env() {
    return env;
  }

  public ConfigStore config() {
    return new ConfigStore(ConfigStore.directory(Optional.ofNullable(configDir), env));
  }

  /** A client for the configured server and token. */
  public ChatClient client() {
    ConfigStore config = config();
    String url =
        first(server, env.get("CHAT_SERVER"), config.get(ConfigStore.SERVER).orElse(null))
            .orElseThrow(
                () ->
                    new NotConfiguredException(
                        "no server URL: chat config set --server URL (or --server, $CHAT_SERVER)"));
    String jwt =
        first(token, env.get("CHAT_TOKEN"), config.get(ConfigStore.TOKEN).orElse(null))
            .orElseThrow(
                () ->
                    new NotConfiguredException(
                        "no token: chat token mint --save, or chat config set --token JWT"
                            + " (or --token, $CHAT_TOKEN)"));
    return ChatClient.builder().baseUrl(url).token(jwt).build();
  }

  /** Output to {@code out} in the chosen mode. */
  public Output output(PrintWriter out) {
    return new Output(out, json, ansi());
  }

  /** Colours only on a terminal and when not turned off. */
  public Ansi ansi() {
    return noColor || env.containsKey("NO_COLOR") ? Ansi.OFF : Ansi.AUTO;
  }

  /** True when standard error is a terminal (progress bars). */
  public boolean interactive() {
    return System.console() != null && !json;
  }

  private static Optional<String> first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
