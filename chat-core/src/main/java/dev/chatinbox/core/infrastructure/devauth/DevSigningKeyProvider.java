package dev.chatinbox.core.infrastructure.devauth;

import dev.chatinbox.core.spi.DevelopmentKey;

/**
 * The development key pair in {@code $CHAT_DATA_DIR/keys} ({@link DevDefaults#keyDir()}), created
 * on first use. A {@link java.util.ServiceLoader} provider.
 */
public class DevSigningKeyProvider implements DevelopmentKey {
  @Override
  public String publicKeyPem() {
    return DevSigningKey.loadOrCreate(DevDefaults.keyDir()).publicKeyPem();
  }

  @Override
  public String location() {
    return DevDefaults.keyDir().toString();
  }
}
