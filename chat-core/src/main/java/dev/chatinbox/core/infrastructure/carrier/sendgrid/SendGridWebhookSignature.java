package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies SendGrid's signed Event Webhook: an ECDSA (P-256, SHA-256) signature, base64 of DER, in
 * {@code X-Twilio-Email-Event-Webhook-Signature}, over the timestamp header followed by the raw
 * body, checked with the verification key SendGrid shows for the webhook. The timestamp must lie
 * within the configured window of now, so a captured request cannot be replayed later. Plain JDK
 * cryptography: no extra provider needed.
 */
@ApplicationScoped
public class SendGridWebhookSignature {
  private static final Logger LOG = Logger.getLogger(SendGridWebhookSignature.class.getName());

  private WebhookSettings settings;
  private Clock clock;
  private volatile Optional<PublicKey> key;

  protected SendGridWebhookSignature() {}

  @Inject
  public SendGridWebhookSignature(WebhookSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Whether the batch is signed by SendGrid and recent.
   *
   * @param signature the signature header
   * @param timestamp the timestamp header (Unix seconds)
   * @param body the request body exactly as received
   */
  public boolean valid(String signature, String timestamp, byte[] body) {
    Optional<PublicKey> publicKey = publicKey();
    if (publicKey.isEmpty() || signature == null || timestamp == null || body == null) {
      return false;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    if (age.compareTo(settings.sendGridMaxAge()) > 0) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(publicKey.get());
      verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
      verifier.update(body);
      return verifier.verify(Base64.getDecoder().decode(signature.strip()));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false; // not base64, not a DER signature: not SendGrid's
    }
  }

  private Optional<PublicKey> publicKey() {
    Optional<PublicKey> cached = key;
    if (cached == null) {
      cached = settings.sendGridPublicKey().flatMap(SendGridWebhookSignature::parse);
      key = cached;
    }
    return cached;
  }

  private static Optional<PublicKey> parse(String base64) {
    try {
      byte[] der = Base64.getMimeDecoder().decode(stripPem(base64));
      return Optional.of(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der)));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      LOG.log(
          Level.WARNING,
          "{0} is not a base64 EC public key; SendGrid events will be refused",
          WebhookSettings.SENDGRID_PUBLIC_KEY);
      return Optional.empty();
    }
  }

  private static String stripPem(String key) {
    return key.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
  }
}
