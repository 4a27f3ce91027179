package dev.chatinbox.cli.command;

import dev.chatinbox.cli.support.ConfigStore;
import dev.chatinbox.cli.support.TokenSigner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chat token mint}: a development token signed with the server's zero-setup key. */
@Command(
    name = "token",
    description = "Development tokens.",
    subcommands = {TokenCommand.Mint.class})
public class TokenCommand extends Group {

  /** {@code token mint}. */
  @Command(
      name = "mint",
      description = {
        "Mint a development JWT with the dev key the server keeps in $CHAT_DATA_DIR/keys"
            + " (default ~/.chat-inbox/keys).",
        "Only for servers that trust that key (the zero-setup default)."
      })
  static class Mint extends Base {
    @Option(names = "--user", required = true, description = "upn and (default) subject")
    String user;

    @Option(
        names = "--roles",
        split = ",",
        defaultValue = "USER",
        description = "ADMIN, USER, CUST")
    List<String> roles;

    @Option(names = "--sub", description = "Subject, when not the user name")
    String subject;

    @Option(names = "--name")
    String name;

    @Option(names = "--email")
    String email;

    @Option(names = "--ttl-minutes", defaultValue = "480")
    long ttlMinutes;

    @Option(names = "--issuer", defaultValue = TokenSigner.DEV_ISSUER)
    String issuer;

    @Option(names = "--key-dir", paramLabel = "DIR", description = "Default: $CHAT_DATA_DIR/keys")
    Path keyDir;

    @Option(
        names = "--save",
        description = "Store the token in the config file instead of printing it")
    boolean save;

    @Override
    public Integer call() throws IOException {
      Path dir =
          keyDir != null ? keyDir : TokenSigner.defaultKeyDir(root().env().get("CHAT_DATA_DIR"));
      String token =
          TokenSigner.fromKeyDir(dir)
              .mint(
                  subject == null ? user : subject,
                  user,
                  name,
                  email,
                  roles,
                  issuer,
                  Duration.ofMinutes(ttlMinutes));
      if (save) {
        ConfigStore config = root().config();
        config.put(Map.of(ConfigStore.TOKEN, token));
        out()
            .message(
                "saved the token in " + config.file(), Map.of("file", config.file().toString()));
      } else {
        out().message(token, Map.of("token", token));
      }
      return 0;
    }
  }
}
