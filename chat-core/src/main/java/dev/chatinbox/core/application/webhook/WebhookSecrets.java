package dev.chatinbox.core.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing secrets: made here ({@code whsec_} + base64 of 32 random bytes) and kept sealed at rest.
 * A secret must be recoverable to sign, so it is encrypted, not hashed: AES-256-GCM under {@code
 * chat.webhooks.secret-key} (env {@code CHAT_WEBHOOKS_SECRET_KEY}, base64 of 32 bytes), stored as
 * {@code v1:<base64 of nonce and ciphertext>}. Without that key (development) secrets are stored as
 * {@code plain:…} and a warning says so at start. Secrets never reach a log or a GET.
 */
@ApplicationScoped
public class WebhookSecrets {
  public static final String KEY = "chat.webhooks.secret-key";
  private static final Logger LOG = Logger.getLogger(WebhookSecrets.class.getName());
  private static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretKeySpec key;

  protected WebhookSecrets() {}

  @Inject
  public WebhookSecrets(@ConfigProperty(name = KEY) Optional<String> key) {
    this.key =
        key.filter(k -> !k.isBlank())
            .map(
                k -> {
                  byte[] raw = Base64.getDecoder().decode(k.strip());
                  if (raw.length != 32) {
                    throw new IllegalArgumentException(KEY + " must be base64 of 32 bytes");
                  }
                  return new SecretKeySpec(raw, "AES");
                })
            .orElse(null);
    if (this.key == null) {
      LOG.warning(
          "Webhook signing secrets are stored unencrypted: set "
              + KEY
              + " (CHAT_WEBHOOKS_SECRET_KEY) in production");
    }
  }

  /** A new signing secret. */
  public String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getEncoder().encodeToString(bytes);
  }

  /** The HMAC key of a {@code whsec_} secret (Standard Webhooks: the base64 after the prefix). */
  public static byte[] keyOf(String secret) {
    String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    return Base64.getDecoder().decode(encoded);
  }

  public String seal(String secret) {
    if (key == null) {
      return "plain:" + secret;
    }
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
      return "v1:"
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not seal a webhook secret", e);
    }
  }

  public String open(String sealed) {
    if (sealed.startsWith("plain:")) {
      return sealed.substring("plain:".length());
    }
    if (key == null || !sealed.startsWith("v1:")) {
      throw new IllegalStateException(
          "a webhook secret is sealed with a key this server does not have (" + KEY + ")");
    }
    try {
      byte[] all = Base64.getDecoder().decode(sealed.substring(3));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
      return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a webhook secret could not be opened (wrong " + KEY + "?)", e);
    }
  }
}
