package dev.chatinbox.api.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Compact JWTs made in the tests: signed by a key of the test, forged, or not signed at all. */
final class TestTokens {
  static final String ISSUER = "https://issuer.test/";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  final KeyPair keys = generate();

  /** The PEM of the verification key, as {@code mp.jwt.verify.publickey} takes it. */
  String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** A token of {@code subject} with these groups, expiring at {@code exp}. */
  String token(String subject, Instant exp, String... groups) {
    return signed(ISSUER, subject, exp, groups);
  }

  String signed(String issuer, String subject, Instant exp, String... groups) {
    return rs256(keys.getPrivate(), claims(issuer, subject, exp, groups));
  }

  static String claims(String issuer, String subject, Instant exp, String... groups) {
    StringBuilder json = new StringBuilder("{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject);
    json.append("\",\"upn\":\"")
        .append(subject)
        .append("\",\"name\":\"")
        .append(subject.toUpperCase());
    json.append("\",\"email\":\"").append(subject).append("@example.test\",\"groups\":[");
    for (int i = 0; i < groups.length; i++) {
      json.append(i == 0 ? "\"" : ",\"").append(groups[i]).append('"');
    }
    return json.append("],\"iat\":")
        .append(exp.getEpochSecond() - 3600)
        .append(",\"exp\":")
        .append(exp.getEpochSecond())
        .append('}')
        .toString();
  }

  static String rs256(PrivateKey key, String claims) {
    String input = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code alg: none}, no signature. */
  static String unsigned(String claims) {
    return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims) + ".";
  }

  /** HS256 keyed by {@code secret}: the algorithm-confusion attack uses the public key's PEM. */
  static String hs256(String secret, String claims) {
    String input = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return input
          + "."
          + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String encode(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
