package dev.chatinbox.it.support;

import dev.chatinbox.core.infrastructure.devauth.DevDefaults;
import dev.chatinbox.core.infrastructure.devauth.DevSigningKey;
import dev.chatinbox.core.infrastructure.devauth.DevTokenMinter;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Tokens for the test server. It runs with the zero-setup development key in {@code
 * $CHAT_DATA_DIR/keys}; the tests sign with the same key, or with another one to be refused.
 */
public final class Tokens {
  private static final Path KEY_DIR =
      Path.of(System.getProperty("it.data.dir", "target/it-data")).resolve("keys");
  private static final DevTokenMinter MINTER =
      new DevTokenMinter(DevSigningKey.loadOrCreate(KEY_DIR).privateKey(), DevDefaults.ISSUER);

  private Tokens() {}

  /** A valid token for {@code subject} with these roles. */
  public static String token(String subject, String... roles) {
    return MINTER.mint(
        subject,
        subject,
        Optional.of(subject.toUpperCase()),
        Optional.of(subject + "@it.example"),
        List.of(roles),
        Duration.ofMinutes(30));
  }

  public static String expired(String subject, String role) {
    return MINTER.mint(
        subject,
        subject,
        Optional.empty(),
        Optional.empty(),
        List.of(role),
        Duration.ofMinutes(-10));
  }

  public static String wrongIssuer(String subject, String role) {
    return new DevTokenMinter(
            DevSigningKey.loadOrCreate(KEY_DIR).privateKey(), "https://evil.example/issuer")
        .mint(
            subject,
            subject,
            Optional.empty(),
            Optional.empty(),
            List.of(role),
            Duration.ofMinutes(30));
  }

  /** Signed by a key the server does not know. */
  public static String badlySigned(String subject, String role) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      RSAPrivateKey other = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
      return new DevTokenMinter(other, DevDefaults.ISSUER)
          .mint(
              subject,
              subject,
              Optional.empty(),
              Optional.empty(),
              List.of(role),
              Duration.ofMinutes(30));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
