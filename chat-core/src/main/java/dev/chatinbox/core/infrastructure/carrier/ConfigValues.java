package dev.chatinbox.core.infrastructure.carrier;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Reading and checking carrier settings. A bad value stops the start with the key's name. */
public final class ConfigValues {
  private ConfigValues() {}

  public static String text(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(ConfigValues::blankToNull).orElse(null);
  }

  public static Duration millis(Config config, String key, Duration fallback) {
    Optional<String> raw = Optional.ofNullable(text(config, key));
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      return Duration.ofMillis(Long.parseLong(raw.get()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number of milliseconds", e);
    }
  }

  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public static Duration positive(String key, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be greater than 0");
    }
    return value;
  }

  /** An absolute http(s) URL without query; a trailing slash is dropped. */
  public static URI httpUrl(String key, String value) {
    try {
      String trimmed = value.strip();
      while (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        throw new IllegalArgumentException(
            key + " must be an http(s) URL such as https://host:port");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          key + " must be an http(s) URL such as https://host:port", e);
    }
  }

  public static String presence(String secret) {
    return secret == null ? "<not set>" : "<set>";
  }

  /**
   * The environment variable of a MicroProfile Config key ({@code chat.a-b} → {@code CHAT_A_B}).
   */
  public static String env(String key) {
    return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
