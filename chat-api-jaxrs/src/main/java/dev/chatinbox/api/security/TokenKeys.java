package dev.chatinbox.api.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Verification keys as MicroProfile JWT accepts them ({@code mp.jwt.verify.publickey} or the
 * content at {@code …publickey.location}): a PEM or base64 public key, a JWK, or a JWK Set.
 */
final class TokenKeys {
  /** A key, with the {@code kid} it was published under (if any). */
  record Key(Optional<String> kid, PublicKey key) {}

  private TokenKeys() {}

  static List<Key> parse(String text) throws GeneralSecurityException {
    String trimmed = text.strip();
    if (trimmed.startsWith("{")) {
      try (JsonReader reader = Json.createReader(new StringReader(trimmed))) {
        JsonObject json = reader.readObject();
        List<Key> keys = new ArrayList<>();
        if (json.containsKey("keys")) {
          for (JsonValue value : json.getJsonArray("keys")) {
            jwk(value.asJsonObject()).ifPresent(keys::add);
          }
        } else {
          jwk(json).ifPresent(keys::add);
        }
        return keys;
      }
    }
    String base64 = trimmed.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(base64);
    X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
    try {
      return List.of(new Key(Optional.empty(), KeyFactory.getInstance("RSA").generatePublic(spec)));
    } catch (GeneralSecurityException notRsa) {
      return List.of(new Key(Optional.empty(), KeyFactory.getInstance("EC").generatePublic(spec)));
    }
  }

  private static Optional<Key> jwk(JsonObject jwk) throws GeneralSecurityException {
    if (!"RSA".equals(jwk.getString("kty", ""))
        || jwk.containsKey("use") && !"sig".equals(jwk.getString("use"))) {
      return Optional.empty(); // only RSA signing keys are read from JWKs (RS256)
    }
    Base64.Decoder url = Base64.getUrlDecoder();
    RSAPublicKeySpec spec =
        new RSAPublicKeySpec(
            new BigInteger(1, url.decode(jwk.getString("n"))),
            new BigInteger(1, url.decode(jwk.getString("e"))));
    return Optional.of(
        new Key(
            Optional.ofNullable(jwk.getString("kid", null)),
            KeyFactory.getInstance("RSA").generatePublic(spec)));
  }
}
