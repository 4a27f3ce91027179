package dev.chatinbox.core.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tunables of the user directory, from MicroProfile Config. */
@ApplicationScoped
public class UserDirectorySettings {
  /** Default of {@code chat.users.cache-seconds}. */
  public static final int DEFAULT_CACHE_SECONDS = 30;

  static final int MAX_CACHE_SECONDS = 3600;

  private int cacheSeconds;

  protected UserDirectorySettings() {}

  @Inject
  public UserDirectorySettings(
      @ConfigProperty(name = "chat.users.cache-seconds", defaultValue = "30") int cacheSeconds) {
    if (cacheSeconds < 0 || cacheSeconds > MAX_CACHE_SECONDS) {
      throw new IllegalArgumentException(
          "chat.users.cache-seconds must be between 0 and " + MAX_CACHE_SECONDS);
    }
    this.cacheSeconds = cacheSeconds;
  }

  /**
   * How long a node trusts what it learnt about a token's user (its id, whether it is active)
   * before it reads the user again. Bounds how late a deactivation made on another node takes
   * effect; 0 reads the user on every request.
   */
  public Duration identityCacheTtl() {
    return Duration.ofSeconds(cacheSeconds);
  }
}
