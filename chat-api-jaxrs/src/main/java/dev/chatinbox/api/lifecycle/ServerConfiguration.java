package dev.chatinbox.api.lifecycle;

import dev.chatinbox.api.security.DevSigningKeyConfigSource;
import dev.chatinbox.core.application.startup.ConfigurationCheck;
import dev.chatinbox.core.application.startup.InvalidConfigurationException;
import dev.chatinbox.core.application.startup.Setting;
import dev.chatinbox.core.application.startup.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The configuration as the server sees it (environment, system properties, Liberty variables —
 * MicroProfile Config): checked before anything starts ({@link #check}), shown to administrators
 * with secrets redacted ({@link #effective}).
 */
@ApplicationScoped
public class ServerConfiguration {
  private static final Logger LOG = Logger.getLogger(ServerConfiguration.class.getName());
  static final String REDACTED = "<redacted>";

  /** One setting as it is in effect. {@code value} is null when unset and without default. */
  public record Effective(Setting setting, String value, String source) {}

  /**
   * Stops the start — one SEVERE line per mistake, then {@link InvalidConfigurationException} —
   * when a value is malformed, or when the server runs on PostgreSQL with no token verification key
   * and without {@code CHAT_DEV_KEY_ENABLED=true}.
   */
  public void check(DataSource dataSource) {
    Config config = ConfigProvider.getConfig();
    List<String> problems = new ArrayList<>(ConfigurationCheck.problems(key -> value(config, key)));
    boolean onPostgresql =
        value(config, "chat.db.kind").filter("postgresql"::equalsIgnoreCase).isPresent()
            || postgresql(dataSource);
    ConfigurationCheck.tokenKeyProblem(
            onPostgresql,
            ConfigurationCheck.explicitlyTrue(value(config, "chat.dev-key.enabled")),
            verificationKeyConfigured(config))
        .ifPresent(problems::add);
    if (!problems.isEmpty()) {
      problems.forEach(p -> LOG.severe("Configuration: " + p));
      throw new InvalidConfigurationException(problems);
    }
  }

  /** Every setting with its value in effect; secrets (set or not) show as {@code <redacted>}. */
  public List<Effective> effective() {
    Config config = ConfigProvider.getConfig();
    List<Effective> settings = new ArrayList<>();
    for (Setting setting : Settings.ALL) {
      ConfigValue configured = configValue(config, setting.key());
      String value = configured == null ? null : configured.getValue();
      boolean set = value != null && !value.isBlank();
      String source = set ? configured.getSourceName() : "default";
      String shown = set ? value.strip() : setting.defaultValue();
      if (setting.secret()) {
        shown = set ? REDACTED : null;
      }
      settings.add(new Effective(setting, shown, source));
    }
    return settings;
  }

  private static boolean verificationKeyConfigured(Config config) {
    if (value(config, "mp.jwt.verify.publickey.location").isPresent()) {
      return true;
    }
    ConfigValue inline = configValue(config, "mp.jwt.verify.publickey");
    return inline != null
        && inline.getValue() != null
        && !inline.getValue().isBlank()
        && !DevSigningKeyConfigSource.NAME.equals(inline.getSourceName());
  }

  private static boolean postgresql(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return false; // the migration that follows says what is wrong with the database
    }
  }

  /**
   * A key's value to check; a Liberty variable reference ({@code ${default.http.port}}, a
   * server.xml default) is Liberty's to resolve and is not checked here.
   */
  private static Optional<String> value(Config config, String key) {
    ConfigValue value = configValue(config, key);
    return value == null
        ? Optional.empty()
        : Optional.ofNullable(value.getValue()).filter(v -> !v.isBlank() && !v.contains("${"));
  }

  /** A key's value; null when a property expression in it cannot be resolved. */
  private static ConfigValue configValue(Config config, String key) {
    try {
      return config.getConfigValue(key);
    } catch (RuntimeException unresolvable) {
      return null;
    }
  }
}
