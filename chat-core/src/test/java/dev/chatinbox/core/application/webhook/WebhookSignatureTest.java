package dev.chatinbox.core.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  /** The example of the Standard Webhooks reference libraries (svix). */
  @Test
  void signsLikeTheReferenceLibraries() {
    assertEquals(
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        WebhookSignature.header(
            List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330L,
            "{\"test\": 2432232314}"));
  }

  @Test
  void aRotationSendsBothSignaturesSpaceSeparated() {
    WebhookSecrets secrets = new WebhookSecrets(Optional.empty());
    String current = secrets.generate();
    String previous = secrets.generate();
    String header = WebhookSignature.header(List.of(current, previous), "1", 10, "{}");
    String[] parts = header.split(" ");
    assertEquals(2, parts.length);
    assertEquals("v1," + WebhookSignature.sign(current, "1", 10, "{}"), parts[0]);
    assertEquals("v1," + WebhookSignature.sign(previous, "1", 10, "{}"), parts[1]);
    assertNotEquals(parts[0], parts[1]);
  }

  @Test
  void secretsAreWhsecAndBase64Of32BytesAndSealedAtRest() {
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    WebhookSecrets secrets = new WebhookSecrets(Optional.of(key));
    String secret = secrets.generate();
    assertTrue(secret.startsWith("whsec_"));
    assertEquals(32, WebhookSecrets.keyOf(secret).length);
    String sealed = secrets.seal(secret);
    assertTrue(sealed.startsWith("v1:") && !sealed.contains(secret.substring(6)), sealed);
    assertEquals(secret, secrets.open(sealed));
    WebhookSecrets otherKey =
        new WebhookSecrets(
            Optional.of(
                Base64.getEncoder()
                    .encodeToString(
                        new byte[] {
                          1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                          22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
                        })));
    assertThrows(IllegalStateException.class, () -> otherKey.open(sealed));
  }
}
