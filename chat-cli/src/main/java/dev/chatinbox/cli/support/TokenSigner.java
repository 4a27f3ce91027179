package dev.chatinbox.cli.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Mints development tokens with the server's zero-setup key ({@code <data dir>/keys/
 * dev-jwt-private.pem}, PKCS#8 PEM): RS256, with the claims MicroProfile JWT reads ({@code upn},
 * {@code groups}). JDK crypto only, so the CLI needs neither chat-core nor a JWT library; the
 * server verifies them with the same key (DevSigningKeyConfigSource). The one token signer of the
 * project: {@code chat token mint}, {@code mint-token} and the integration tests use it.
 */
public final class TokenSigner {
  public static final String PRIVATE_FILE = "dev-jwt-private.pem";
  public static final String DEV_ISSUER = "https://chat-inbox.local/dev";

  private final PrivateKey key;
  private final ObjectMapper json = new ObjectMapper();

  public TokenSigner(PrivateKey key) {
    this.key = key;
  }

  /** Reads {@code dev-jwt-private.pem} from the key directory. */
  public static TokenSigner fromKeyDir(Path keyDir) throws IOException {
    Path file = keyDir.resolve(PRIVATE_FILE);
    if (!Files.exists(file)) {
      throw new IOException(
          "no development key at " + file + " (the server creates it on first start)");
    }
    String pem = Files.readString(file, StandardCharsets.US_ASCII);
    byte[] der =
        Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    try {
      return new TokenSigner(
          KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
    } catch (GeneralSecurityException e) {
      throw new IOException("not an RSA PKCS#8 key: " + file, e);
    }
  }

  /** The default key directory: {@code $CHAT_DATA_DIR/keys}, else {@code ~/.chat-inbox/keys}. */
  public static Path defaultKeyDir(String chatDataDir) {
    Path data =
        chatDataDir == null || chatDataDir.isBlank()
            ? Path.of(System.getProperty("user.home"), ".chat-inbox")
            : Path.of(chatDataDir);
    return data.resolve("keys");
  }

  /** A signed token. */
  public String mint(
      String subject,
      String username,
      String name,
      String email,
      List<String> groups,
      String issuer,
      Duration ttl) {
    Instant now = Instant.now();
    ObjectNode claims = json.createObjectNode();
    claims.put("iss", issuer);
    claims.put("sub", subject);
    claims.put("upn", username);
    claims.put("preferred_username", username);
    if (name != null) {
      claims.put("name", name);
    }
    if (email != null) {
      claims.put("email", email);
    }
    claims.put("jti", UUID.randomUUID().toString());
    groups.forEach(claims.putArray("groups")::add);
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.plus(ttl).getEpochSecond());
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String input =
        b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the token", e);
    }
  }
}
