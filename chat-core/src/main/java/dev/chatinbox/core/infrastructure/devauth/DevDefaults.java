package dev.chatinbox.core.infrastructure.devauth;

import java.nio.file.Path;
import java.util.Optional;

/** Where the zero-setup default keeps its files, and the issuer its tokens carry. */
public final class DevDefaults {
  /** Issuer of development tokens; also the default {@code mp.jwt.verify.issuer}. */
  public static final String ISSUER = "https://chat-inbox.local/dev";

  private DevDefaults() {}

  /**
   * {@code CHAT_DATA_DIR} (or system property {@code chat.data.dir}), else {@code ~/.chat-inbox}.
   */
  public static Path dataDir() {
    return Optional.ofNullable(System.getProperty("chat.data.dir"))
        .or(() -> Optional.ofNullable(System.getenv("CHAT_DATA_DIR")))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".chat-inbox"));
  }

  /** The directory of the development signing key. */
  public static Path keyDir() {
    return dataDir().resolve("keys");
  }
}
