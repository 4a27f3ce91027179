package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SendGrid's signed Event Webhook, with a P-256 key pair made here as SendGrid makes its own. */
class SendGridWebhookSignatureTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final byte[] BODY =
      "[{\"event\":\"delivered\",\"sg_event_id\":\"e1\"}]\r\n".getBytes(StandardCharsets.UTF_8);
  private static KeyPair pair;
  private static KeyPair other;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    pair = generator.generateKeyPair();
    other = generator.generateKeyPair();
  }

  private static String sign(KeyPair keys, String timestamp, byte[] body) throws Exception {
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(keys.getPrivate());
    signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
    signer.update(body);
    return Base64.getEncoder().encodeToString(signer.sign());
  }

  private static SendGridWebhookSignature verifier(String publicKey) {
    return new SendGridWebhookSignature(
        new WebhookSettings(publicKey, Duration.ofMinutes(10), null),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static String publicKey(KeyPair keys) {
    return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
  }

  @Test
  void aCurrentBatchSignedWithTheConfiguredKeyIsValid() throws Exception {
    String ts = Long.toString(NOW.getEpochSecond());
    assertTrue(verifier(publicKey(pair)).valid(sign(pair, ts, BODY), ts, BODY));
    String pem = "-----BEGIN PUBLIC KEY-----\n" + publicKey(pair) + "\n-----END PUBLIC KEY-----\n";
    assertTrue(verifier(pem).valid(sign(pair, ts, BODY), ts, BODY), "PEM armour is accepted");
  }

  @Test
  void anythingElseIsRefused() throws Exception {
    String ts = Long.toString(NOW.getEpochSecond());
    SendGridWebhookSignature verifier = verifier(publicKey(pair));
    String signature = sign(pair, ts, BODY);
    byte[] tampered =
        "[{\"event\":\"open\",\"sg_event_id\":\"e1\"}]\r\n".getBytes(StandardCharsets.UTF_8);
    assertFalse(verifier.valid(signature, ts, tampered), "tampered body");
    assertFalse(verifier.valid(sign(other, ts, BODY), ts, BODY), "another key");
    assertFalse(
        verifier.valid(signature, Long.toString(NOW.getEpochSecond() + 1), BODY), "other ts");
    assertFalse(verifier.valid(null, ts, BODY), "no signature");
    assertFalse(verifier.valid(signature, null, BODY), "no timestamp");
    assertFalse(verifier.valid("not base64!", ts, BODY), "garbage");
    assertFalse(verifier.valid(signature, "yesterday", BODY), "timestamp not a number");
    assertFalse(verifier(null).valid(signature, ts, BODY), "no key configured");
    assertFalse(verifier("bm90IGEga2V5").valid(signature, ts, BODY), "key is not a key");
  }

  @Test
  void stampsOutsideTheWindowAreRefusedAsReplays() throws Exception {
    SendGridWebhookSignature verifier = verifier(publicKey(pair));
    String old = Long.toString(NOW.minus(Duration.ofMinutes(11)).getEpochSecond());
    String future = Long.toString(NOW.plus(Duration.ofMinutes(11)).getEpochSecond());
    String recent = Long.toString(NOW.minus(Duration.ofMinutes(9)).getEpochSecond());
    assertFalse(verifier.valid(sign(pair, old, BODY), old, BODY));
    assertFalse(verifier.valid(sign(pair, future, BODY), future, BODY));
    assertTrue(verifier.valid(sign(pair, recent, BODY), recent, BODY));
  }
}
