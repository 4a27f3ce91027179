package dev.chatinbox.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures computed the way the carriers document them (independently of the server's
 * code): Twilio's HMAC-SHA1 over URL + sorted parameters with the auth token, SendGrid's ECDSA
 * P-256 over timestamp + body with a key pair made here, whose public half the server is given. The
 * integration tests' {@code it.support.Webhooks} does the same, but lives in chat-ear's test
 * sources, which no other module can depend on.
 */
final class Signatures {
  /** The Twilio auth token the server is configured with (ServerEnvironment). */
  static final String TWILIO_AUTH_TOKEN = "bench-auth-token";

  private final String twilioAuthToken;
  private final KeyPair sendGridKeys;

  Signatures(String twilioAuthToken) {
    this.twilioAuthToken = twilioAuthToken;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      this.sendGridKeys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The verification key as SendGrid shows it (base64 of the DER public key). */
  String sendGridPublicKey() {
    return Base64.getEncoder().encodeToString(sendGridKeys.getPublic().getEncoded());
  }

  String twilio(String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(twilioAuthToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String sendGrid(String timestamp, byte[] body) {
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(sendGridKeys.getPrivate());
      signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
      signer.update(body);
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
