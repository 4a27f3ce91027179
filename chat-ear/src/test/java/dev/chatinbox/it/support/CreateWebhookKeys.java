package dev.chatinbox.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * Build step before the test server starts: {@code CreateWebhookKeys <dir>} makes the ECDSA P-256
 * key pair that plays SendGrid's Event Webhook signing key. The server is configured with the
 * public half (as SendGrid shows it: base64 of the DER key); the tests sign with the private half
 * ({@link WebhookSigner}).
 */
public final class CreateWebhookKeys {
  static final String PUBLIC = "sendgrid-webhook-public.pem";
  static final String PRIVATE = "sendgrid-webhook-private.der";

  private CreateWebhookKeys() {}

  public static void main(String[] args) throws IOException, GeneralSecurityException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    Files.writeString(
        dir.resolve(PUBLIC), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    Files.write(dir.resolve(PRIVATE), pair.getPrivate().getEncoded());
    System.out.println("Created webhook signing keys in " + dir);
  }
}
