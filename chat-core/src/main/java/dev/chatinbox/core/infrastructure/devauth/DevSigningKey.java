package dev.chatinbox.core.infrastructure.devauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The development RSA key pair in {@code <dir>/dev-jwt-private.pem} (PKCS#8, mode 600) and {@code
 * <dir>/dev-jwt-public.pem} (X.509). Created on first use, reused afterwards so that tokens stay
 * valid across restarts.
 */
public final class DevSigningKey {
  public static final String PRIVATE_FILE = "dev-jwt-private.pem";
  public static final String PUBLIC_FILE = "dev-jwt-public.pem";
  private static final int KEY_BITS = 2048;

  private final RSAPrivateKey privateKey;
  private final RSAPublicKey publicKey;

  private DevSigningKey(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** Loads the key pair from {@code dir}, generating and saving it first if it is not there. */
  public static synchronized DevSigningKey loadOrCreate(Path dir) {
    Path privatePath = dir.resolve(PRIVATE_FILE);
    Path publicPath = dir.resolve(PUBLIC_FILE);
    try {
      if (!Files.exists(privatePath)) {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS);
        KeyPair pair = generator.generateKeyPair();
        writeSecret(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        writePublic(publicPath, pair.getPublic().getEncoded());
      } else if (!Files.exists(publicPath)) {
        // interrupted between the two writes: the public half follows from the private key
        RSAPrivateCrtKey key =
            (RSAPrivateCrtKey)
                KeyFactory.getInstance("RSA")
                    .generatePrivate(
                        new PKCS8EncodedKeySpec(
                            der(Files.readString(privatePath, StandardCharsets.US_ASCII))));
        PublicKey derived =
            KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        writePublic(publicPath, derived.getEncoded());
      }
      return load(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the development signing key in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  /** Loads an existing key pair from {@code dir}. */
  public static DevSigningKey load(Path dir) throws IOException, GeneralSecurityException {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    byte[] privateDer = der(Files.readString(dir.resolve(PRIVATE_FILE), StandardCharsets.US_ASCII));
    byte[] publicDer = der(Files.readString(dir.resolve(PUBLIC_FILE), StandardCharsets.US_ASCII));
    return new DevSigningKey(
        (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateDer)),
        (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicDer)));
  }

  public RSAPrivateKey privateKey() {
    return privateKey;
  }

  public RSAPublicKey publicKey() {
    return publicKey;
  }

  /** The public key as PEM text, the form {@code mp.jwt.verify.publickey} accepts. */
  public String publicKeyPem() {
    return pem("PUBLIC KEY", publicKey.getEncoded());
  }

  static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  static byte[] der(String pem) {
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }

  private static void writePublic(Path path, byte[] der) throws IOException {
    Files.writeString(path, pem("PUBLIC KEY", der), StandardCharsets.US_ASCII);
  }

  private static void writeSecret(Path path, String content) throws IOException {
    try {
      Files.createFile(
          path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(path); // not a POSIX file system (Windows): the user profile protects it
    }
    Files.writeString(
        path, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
