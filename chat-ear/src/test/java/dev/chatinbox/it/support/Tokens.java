package dev.chatinbox.it.support;

import dev.chatinbox.cli.support.TokenSigner;
import dev.chatinbox.core.infrastructure.devauth.DevSigningKey;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.List;

/**
 * Tokens for the test server. It runs with the zero-setup development key in {@code
 * $CHAT_DATA_DIR/keys}; the tests sign with the same key, or with another one to be refused — with
 * the CLI's signer, the one token signer of the project ({@code chat token mint}, {@code
 * mint-token}).
 */
public final class Tokens {
  private static final Path KEY_DIR =
      Path.of(System.getProperty("it.data.dir", "target/it-data")).resolve("keys");
  private static final java.security.PrivateKey KEY =
      DevSigningKey.loadOrCreate(KEY_DIR).privateKey();
  private static final TokenSigner SIGNER = new TokenSigner(KEY);

  private Tokens() {}

  /** A valid token for {@code subject} with these roles. */
  public static String token(String subject, String... roles) {
    return SIGNER.mint(
        subject,
        subject,
        subject.toUpperCase(),
        subject + "@it.example",
        List.of(roles),
        TokenSigner.DEV_ISSUER,
        Duration.ofMinutes(30));
  }

  public static String expired(String subject, String role) {
    return SIGNER.mint(
        subject,
        subject,
        null,
        null,
        List.of(role),
        TokenSigner.DEV_ISSUER,
        Duration.ofMinutes(-10));
  }

  public static String wrongIssuer(String subject, String role) {
    return SIGNER.mint(
        subject,
        subject,
        null,
        null,
        List.of(role),
        "https://evil.example/issuer",
        Duration.ofMinutes(30));
  }

  /** Signed by a key the server does not know. */
  public static String badlySigned(String subject, String role) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      RSAPrivateKey other = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
      return new TokenSigner(other)
          .mint(
              subject,
              subject,
              null,
              null,
              List.of(role),
              TokenSigner.DEV_ISSUER,
              Duration.ofMinutes(30));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A token with exactly these claims (a JSON object's members, e.g. {@code "sub":"a","exp":1}),
   * signed with the server's key and carrying its issuer — for the rules on time claims and
   * subjects.
   */
  public static String withClaims(String members) {
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    String header =
        b64.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String payload =
        b64.encodeToString(
            ("{\"iss\":\"" + TokenSigner.DEV_ISSUER + "\",\"groups\":[\"ADMIN\"]," + members + "}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try {
      java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
      rsa.initSign(KEY);
      rsa.update((header + "." + payload).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return header + "." + payload + "." + b64.encodeToString(rsa.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
