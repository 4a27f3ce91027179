package dev.chatinbox.api.security;

import dev.chatinbox.core.application.startup.DevelopmentKeys;
import dev.chatinbox.core.spi.DevelopmentKey;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The zero-setup default for token verification: when no verification key is configured ({@code
 * MP_JWT_VERIFY_PUBLICKEY_LOCATION} / {@code MP_JWT_VERIFY_PUBLICKEY}), offers the token verifier
 * the public half of a development key pair that is generated on first use in {@code
 * $CHAT_DATA_DIR/keys} (and minted tokens with, see README). Lowest priority: any configured value
 * wins. {@code CHAT_DEV_KEY_ENABLED=false} turns it off; with {@code CHAT_DB_KIND=postgresql} it is
 * off unless {@code CHAT_DEV_KEY_ENABLED=true} (then the start needs a configured key, see {@code
 * ConfigurationCheck}).
 */
public class DevSigningKeyConfigSource implements ConfigSource {
  static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
  private static final Logger LOG = Logger.getLogger(DevSigningKeyConfigSource.class.getName());
  private static final Set<String> CONFIGURED_ELSEWHERE =
      Set.of(
          "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
          "mp.jwt.verify.publickey.location",
          "MP_JWT_VERIFY_PUBLICKEY",
          "mp_jwt_verify_publickey_location");

  private volatile String publicKeyPem;

  @Override
  public Set<String> getPropertyNames() {
    return enabled() ? Set.of(PUBLIC_KEY) : Set.of();
  }

  @Override
  public Map<String, String> getProperties() {
    return enabled() ? Map.of(PUBLIC_KEY, publicKey()) : Map.of();
  }

  @Override
  public String getValue(String propertyName) {
    return PUBLIC_KEY.equals(propertyName) && enabled() ? publicKey() : null;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public int getOrdinal() {
    return 10; // below everything: a configured key always wins
  }

  private static boolean enabled() {
    String enabled = setting("CHAT_DEV_KEY_ENABLED", "chat.dev-key.enabled");
    if ("false".equalsIgnoreCase(enabled)) {
      return false;
    }
    if ("postgresql".equalsIgnoreCase(setting("CHAT_DB_KIND", "chat.db.kind"))
        && !"true".equalsIgnoreCase(enabled)) {
      return false; // production: only an explicit CHAT_DEV_KEY_ENABLED=true allows it (issue #20)
    }
    for (String name : CONFIGURED_ELSEWHERE) {
      String value = name.contains(".") ? System.getProperty(name) : System.getenv(name);
      if (value != null && !value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The name {@link #getName()} gives, to tell this source from a configured key. */
  public static final String NAME = "chat-inbox development signing key";

  private static String setting(String env, String property) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(env);
  }

  private String publicKey() {
    String pem = publicKeyPem;
    if (pem == null) {
      synchronized (this) {
        if (publicKeyPem == null) {
          DevelopmentKey key =
              DevelopmentKeys.find()
                  .orElseThrow(() -> new IllegalStateException("no development key provider"));
          publicKeyPem = key.publicKeyPem();
          LOG.warning(
              "Verifying tokens with the DEVELOPMENT signing key in "
                  + key.location()
                  + " (no MP_JWT_VERIFY_PUBLICKEY_LOCATION configured). Fine for a demo, never for production.");
        }
        pem = publicKeyPem;
      }
    }
    return pem;
  }
}
