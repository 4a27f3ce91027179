package dev.chatinbox.core.spi;

/**
 * The development signing key of a zero-setup server: generated on first use, its public half
 * verifies tokens while no real verification key is configured. Found with {@link
 * java.util.ServiceLoader} (configuration sources are read before CDI starts).
 */
public interface DevelopmentKey {
  /** The public key, PEM; created with its private half on first use. */
  String publicKeyPem();

  /** Where the key pair lives, for log messages. */
  String location();
}
