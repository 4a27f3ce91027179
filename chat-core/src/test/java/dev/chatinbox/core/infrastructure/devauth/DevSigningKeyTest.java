package dev.chatinbox.core.infrastructure.devauth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development key pair is created once as two PEM files (the private one readable by the owner
 * only) and the same pair is loaded on every later start.
 */
class DevSigningKeyTest {
  @TempDir Path temp;

  @Test
  void firstUseCreatesBothPemFilesInMissingDirectories() throws IOException {
    Path dir = temp.resolve("data/keys");
    DevSigningKey key = DevSigningKey.loadOrCreate(dir);
    Path privatePem = dir.resolve(DevSigningKey.PRIVATE_FILE);
    Path publicPem = dir.resolve(DevSigningKey.PUBLIC_FILE);
    assertTrue(Files.isRegularFile(privatePem));
    assertTrue(Files.isRegularFile(publicPem));
    String privateText = Files.readString(privatePem, StandardCharsets.US_ASCII);
    String publicText = Files.readString(publicPem, StandardCharsets.US_ASCII);
    assertTrue(privateText.startsWith("-----BEGIN PRIVATE KEY-----\n"), privateText);
    assertTrue(privateText.endsWith("-----END PRIVATE KEY-----\n"), privateText);
    assertTrue(publicText.startsWith("-----BEGIN PUBLIC KEY-----\n"), publicText);
    assertTrue(publicText.endsWith("-----END PUBLIC KEY-----\n"), publicText);
    assertEquals(publicText, key.publicKeyPem());
    assertEquals(2048, key.publicKey().getModulus().bitLength());
    assertTrue(
        publicText.lines().allMatch(line -> line.length() <= 64), "PEM lines of 64 characters");
  }

  @Test
  void privateKeyFileIsReadableByTheOwnerOnly() throws IOException {
    Assumptions.assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX");
    DevSigningKey.loadOrCreate(temp);
    Path privatePem = temp.resolve(DevSigningKey.PRIVATE_FILE);
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privatePem)));
  }

  @Test
  void laterCallsLoadTheSameKey() throws IOException, GeneralSecurityException {
    DevSigningKey first = DevSigningKey.loadOrCreate(temp);
    String privateText = Files.readString(temp.resolve(DevSigningKey.PRIVATE_FILE));
    DevSigningKey second = DevSigningKey.loadOrCreate(temp);
    DevSigningKey loaded = DevSigningKey.load(temp);
    assertArrayEquals(first.privateKey().getEncoded(), second.privateKey().getEncoded());
    assertArrayEquals(first.publicKey().getEncoded(), second.publicKey().getEncoded());
    assertArrayEquals(first.publicKey().getEncoded(), loaded.publicKey().getEncoded());
    assertEquals(
        privateText,
        Files.readString(temp.resolve(DevSigningKey.PRIVATE_FILE)),
        "file not rewritten");
  }

  @Test
  void keysArePairs() throws IOException, GeneralSecurityException {
    DevSigningKey key = DevSigningKey.loadOrCreate(temp);
    byte[] data = "header.claims".getBytes(StandardCharsets.US_ASCII);
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(key.privateKey());
    signer.update(data);
    byte[] signature = signer.sign();
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(DevSigningKey.load(temp).publicKey());
    rs256.update(data);
    assertTrue(rs256.verify(signature));
  }

  @Test
  void pemAndDerRoundTrip() {
    byte[] der = new byte[300];
    for (int i = 0; i < der.length; i++) {
      der[i] = (byte) (i * 31);
    }
    String pem = DevSigningKey.pem("PUBLIC KEY", der);
    assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    assertArrayEquals(der, DevSigningKey.der(pem));
    assertArrayEquals(der, DevSigningKey.der(pem.replace("\n", "\r\n")), "Windows line ends");
  }

  @Test
  void aLostPrivateFileIsReplacedByANewPair() throws IOException {
    DevSigningKey old = DevSigningKey.loadOrCreate(temp);
    Files.delete(temp.resolve(DevSigningKey.PRIVATE_FILE));
    DevSigningKey again = DevSigningKey.loadOrCreate(temp);
    assertFalse(Arrays.equals(old.publicKey().getEncoded(), again.publicKey().getEncoded()));
    assertEquals(
        Files.readString(temp.resolve(DevSigningKey.PUBLIC_FILE)),
        again.publicKeyPem(),
        "public file matches");
  }

  @Test
  void aMissingPublicFileDoesNotBlockStartup() throws IOException {
    DevSigningKey.loadOrCreate(temp);
    Files.delete(temp.resolve(DevSigningKey.PUBLIC_FILE));
    DevSigningKey again = DevSigningKey.loadOrCreate(temp);
    assertEquals(Files.readString(temp.resolve(DevSigningKey.PUBLIC_FILE)), again.publicKeyPem());
  }
}
