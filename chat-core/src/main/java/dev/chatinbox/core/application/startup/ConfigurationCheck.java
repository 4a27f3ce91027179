package dev.chatinbox.core.application.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the configuration before the server starts (issue #20): every {@link Settings} value
 * against its rule, and the production rule for tokens — on PostgreSQL the development signing key
 * is off unless {@code CHAT_DEV_KEY_ENABLED=true}, so a verification key must be configured. Each
 * mistake is one line naming the variable, what is wrong and an example; a secret's value is never
 * repeated.
 */
public final class ConfigurationCheck {
  /** Values longer than this are cut in a message (a value may be a whole PEM). */
  private static final int SHOWN_VALUE_CHARS = 60;

  private ConfigurationCheck() {}

  /** One line per malformed value: {@code lookup} gives a key's configured value, if any. */
  public static List<String> problems(Function<String, Optional<String>> lookup) {
    List<String> problems = new ArrayList<>();
    for (Setting setting : Settings.ALL) {
      Optional<String> value = lookup.apply(setting.key()).filter(v -> !v.isBlank());
      if (value.isEmpty()) {
        continue;
      }
      setting
          .rule()
          .problem(value.get())
          .ifPresent(problem -> problems.add(line(setting, value.get(), problem)));
    }
    return problems;
  }

  /**
   * The token rule: on PostgreSQL, unless the development key is enabled explicitly, a verification
   * key ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} or {@code MP_JWT_VERIFY_PUBLICKEY}) must be
   * configured; without one no token could ever be verified — or, before issue #20, tokens signed
   * with a key generated on the host itself were accepted.
   */
  public static Optional<String> tokenKeyProblem(
      boolean onPostgresql, boolean devKeyEnabledExplicitly, boolean verificationKeyConfigured) {
    if (!onPostgresql || devKeyEnabledExplicitly || verificationKeyConfigured) {
      return Optional.empty();
    }
    return Optional.of(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION is not set: on PostgreSQL the development signing key is"
            + " off, so tokens need a verification key (example:"
            + " MP_JWT_VERIFY_PUBLICKEY_LOCATION=https://idp.example.com/.well-known/jwks.json;"
            + " CHAT_DEV_KEY_ENABLED=true allows the development key on a test installation)");
  }

  /** Whether {@code value} of {@code chat.dev-key.enabled} says {@code true}. */
  public static boolean explicitlyTrue(Optional<String> value) {
    return value.map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
  }

  private static String line(Setting setting, String value, String problem) {
    String shown;
    if (setting.secret()) {
      shown = "(secret, not shown)";
    } else {
      String v = value.strip();
      shown =
          "\""
              + (v.length() > SHOWN_VALUE_CHARS ? v.substring(0, SHOWN_VALUE_CHARS) + "…" : v)
              + "\"";
    }
    return setting.variable()
        + "="
        + shown
        + " "
        + problem
        + " (example: "
        + setting.variable()
        + "="
        + setting.example()
        + ")";
  }
}
