package dev.chatinbox.core.application.realtime;

import dev.chatinbox.core.domain.change.InboxChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the change log short: entries older than {@code chat.realtime.retention-hours} (default 72)
 * are deleted. Clients that were away longer cannot resume and reload instead.
 */
@ApplicationScoped
public class ChangeLogRetention {
  private InboxChangeRepository log;
  private Clock clock;
  private Duration retention;

  protected ChangeLogRetention() {}

  @Inject
  public ChangeLogRetention(
      InboxChangeRepository log,
      Clock clock,
      @ConfigProperty(name = "chat.realtime.retention-hours", defaultValue = "72") long hours) {
    this.log = log;
    this.clock = clock;
    this.retention = Duration.ofHours(Math.max(1, hours));
  }

  /** Deletes what is past retention. @return how many entries */
  @Transactional
  public int prune() {
    return log.pruneBefore(clock.instant().minus(retention));
  }
}
