package dev.chatinbox.core.infrastructure.devauth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints a development token: {@code mint-token --user alice --roles ADMIN}. Options: {@code
 * --user} (sub and upn, required), {@code --roles} (comma-separated, default USER), {@code --name},
 * {@code --email}, {@code --sub}, {@code --issuer}, {@code --ttl-minutes} (default 480), {@code
 * --key-dir} (default {@code $CHAT_DATA_DIR/keys}).
 */
public final class DevTokenCommand {
  private DevTokenCommand() {}

  public static void main(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        usage("unexpected argument " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    if (args.length % 2 != 0 || !options.containsKey("user")) {
      usage("--user is required");
    }
    String user = options.get("user");
    Path keyDir =
        Optional.ofNullable(options.get("key-dir")).map(Path::of).orElseGet(DevDefaults::keyDir);
    DevSigningKey key = DevSigningKey.loadOrCreate(keyDir);
    List<String> roles =
        Arrays.stream(options.getOrDefault("roles", "USER").split(",")).map(String::trim).toList();
    String token =
        new DevTokenMinter(key.privateKey(), options.getOrDefault("issuer", DevDefaults.ISSUER))
            .mint(
                options.getOrDefault("sub", user),
                user,
                Optional.ofNullable(options.get("name")),
                Optional.ofNullable(options.get("email")),
                roles,
                Duration.ofMinutes(Long.parseLong(options.getOrDefault("ttl-minutes", "480"))));
    System.out.println(token);
  }

  private static void usage(String problem) {
    System.err.println("mint-token: " + problem);
    System.err.println(
        "usage: mint-token --user NAME [--roles ADMIN,USER] [--name 'Full Name'] [--email a@b.c]"
            + " [--sub SUBJECT] [--ttl-minutes 480] [--issuer URL] [--key-dir DIR]");
    System.exit(2);
  }
}
