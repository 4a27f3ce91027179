package dev.chatinbox.core.application.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks symmetric signature: {@code v1,} + base64 of HMAC-SHA256 over {@code
 * id.timestamp.body}, keyed with the secret's decoded bytes; several secrets (a rotation) give a
 * space-separated list.
 */
public final class WebhookSignature {
  private WebhookSignature() {}

  /** The {@code webhook-signature} header for {@code secrets} (newest first). */
  public static String header(List<String> secrets, String id, long timestamp, String body) {
    return secrets.stream()
        .map(s -> "v1," + sign(s, id, timestamp, body))
        .collect(Collectors.joining(" "));
  }

  static String sign(String secret, String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(WebhookSecrets.keyOf(secret), "HmacSHA256"));
      byte[] digest =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
