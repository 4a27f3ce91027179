package dev.chatinbox.core.application.startup;

import dev.chatinbox.core.spi.DevelopmentKey;
import java.util.Optional;
import java.util.ServiceLoader;

/** The development signing key, when the core provides one (see {@link DevelopmentKey}). */
public final class DevelopmentKeys {
  private DevelopmentKeys() {}

  /** The development key provider, found with the {@link ServiceLoader}. */
  public static Optional<DevelopmentKey> find() {
    return ServiceLoader.load(DevelopmentKey.class, DevelopmentKey.class.getClassLoader())
        .findFirst();
  }
}
