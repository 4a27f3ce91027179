package dev.chatinbox.core.infrastructure.events;

import dev.chatinbox.core.spi.ChangeSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picks the change signal: Redis when {@code chat.redis.url} is set ({@code redis://[user:pass@]
 * host:port[/db]}, {@code rediss://} for TLS), else in-process only.
 */
@ApplicationScoped
public class ChangeSignalProducer {
  @Produces
  @ApplicationScoped
  ChangeSignal signal(@ConfigProperty(name = "chat.redis.url") Optional<String> url) {
    return url.filter(u -> !u.isBlank())
        .<ChangeSignal>map(u -> new RedisChangeSignal(URI.create(u.strip())))
        .orElseGet(LocalChangeSignal::new);
  }

  void close(@Disposes ChangeSignal signal) {
    signal.close();
  }
}
