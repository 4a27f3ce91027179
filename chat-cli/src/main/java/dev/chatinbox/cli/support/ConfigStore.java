package dev.chatinbox.cli.support;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code config.properties} in the CLI's config directory: the server URL and the token. The token
 * is a credential, so the file is created with mode 600 (and the directory 700).
 *
 * <p>The directory: {@code --config-dir}, else {@code $CHAT_CONFIG_DIR}, else {@code
 * $XDG_CONFIG_HOME/chat-inbox}, else {@code ~/.config/chat-inbox}.
 */
public final class ConfigStore {
  public static final String FILE = "config.properties";
  public static final String SERVER = "server";
  public static final String TOKEN = "token";

  private final Path dir;

  public ConfigStore(Path dir) {
    this.dir = dir;
  }

  /** The directory the rules above pick. */
  public static Path directory(Optional<Path> option, Map<String, String> env) {
    if (option.isPresent()) {
      return option.get();
    }
    String explicit = env.get("CHAT_CONFIG_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("chat-inbox");
  }

  public Path file() {
    return dir.resolve(FILE);
  }

  public Properties load() {
    Properties p = new Properties();
    if (Files.exists(file())) {
      try (Reader r = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file(), e);
      }
    }
    return p;
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(load().getProperty(key)).filter(v -> !v.isBlank());
  }

  /** Sets the given keys (others stay), writing the file with mode 600. */
  public void put(Map<String, String> values) {
    Properties p = load();
    values.forEach(p::setProperty);
    try {
      if (!Files.isDirectory(dir)) {
        createPrivate(dir, true);
      }
      if (!Files.exists(file())) {
        createPrivate(file(), false);
      }
      StringWriter text = new StringWriter();
      p.store(text, "chat-inbox CLI (chat config set)");
      Files.writeString(
          file(),
          text.toString(),
          StandardCharsets.UTF_8,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
      restrict(file());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file(), e);
    }
  }

  private static void createPrivate(Path path, boolean directory) throws IOException {
    try {
      var attr =
          PosixFilePermissions.asFileAttribute(
              PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
      if (directory) {
        Files.createDirectories(path, attr);
      } else {
        Files.createFile(path, attr);
      }
    } catch (UnsupportedOperationException notPosix) {
      if (directory) {
        Files.createDirectories(path);
      } else {
        Files.createFile(path);
      }
    }
  }

  /** An existing file from an older version or a umask-less editor: tighten it. */
  private static void restrict(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the user profile protects it
    }
  }
}
