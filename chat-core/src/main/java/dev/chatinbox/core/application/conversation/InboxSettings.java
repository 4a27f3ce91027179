package dev.chatinbox.core.application.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tunables of the inbox's read side, from MicroProfile Config. */
@ApplicationScoped
public class InboxSettings {
  private int recentDays;

  protected InboxSettings() {}

  @Inject
  public InboxSettings(
      @ConfigProperty(name = "chat.conversations.recent-days", defaultValue = "30")
          int recentDays) {
    if (recentDays < 1) {
      throw new IllegalArgumentException("chat.conversations.recent-days must be >= 1");
    }
    this.recentDays = recentDays;
  }

  /** How far back {@code filter=recents} reaches. */
  public Duration recentWindow() {
    return Duration.ofDays(recentDays);
  }
}
