package dev.chatinbox.core.application.webhook;

import dev.chatinbox.core.domain.change.LoggedChange;
import java.util.List;

/**
 * Turns change-log entries into integrator events whose {@code data} is what the WebSocket sends
 * for them (implemented where those shapes live, the API module). Entries whose object is gone
 * since (its deletion event follows) yield no event.
 *
 * <p>Passed to the core's use cases as an argument, not injected: beans of the core library cannot
 * see beans of the web module in the EAR.
 */
public interface IntegratorEvents {
  List<IntegratorEvent> render(List<LoggedChange> changes);
}
