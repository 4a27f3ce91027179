package dev.chatinbox.core.application.webhook;

import dev.chatinbox.core.domain.change.LoggedChange;
import java.util.List;

/**
 * Turns change-log entries into integrator events whose {@code data} is what the WebSocket sends
 * for them (implemented where those shapes live, the API module). Entries whose object is gone
 * since (its deletion event follows) yield no event.
 */
public interface IntegratorEvents {
  List<IntegratorEvent> render(List<LoggedChange> changes);
}
