package dev.chatinbox.core.application.webhook;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.domain.change.InboxChangeRepository;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.domain.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /events}: the integrator events after a position, in commit order (ADMIN only). An
 * answer reads at most {@link #MAX_SCANNED} log entries; {@code next} is where the next call
 * resumes (the last entry read, which may be past the last event returned when a type filter or a
 * deleted object skipped entries).
 */
@ApplicationScoped
public class IntegratorEventsService {
  public static final int MAX_LIMIT = 500;
  static final int MAX_SCANNED = 5_000;
  static final int BATCH = 500;

  private InboxChangeRepository log;
  private AccessPolicy access;

  protected IntegratorEventsService() {}

  @Inject
  public IntegratorEventsService(InboxChangeRepository log, AccessPolicy access) {
    this.log = log;
    this.access = access;
  }

  /**
   * A page of events.
   *
   * @param next the position to pass as {@code after} next time
   * @param hasMore whether the log holds entries after {@code next}
   */
  public record EventPage(List<IntegratorEvent> events, long next, boolean hasMore) {}

  /**
   * @param after the last event id seen (empty: from the oldest kept)
   * @param types only these types (empty: all)
   * @param events renders the entries (the API module's)
   */
  @Read
  public EventPage after(
      Caller caller, Optional<Long> after, Set<String> types, int limit, IntegratorEvents events) {
    access.requireInbox(caller);
    access.requireAdmin(caller, "read the events");
    long oldest = log.oldest();
    long position = after.orElse(oldest - 1);
    if (position < oldest - 1) {
      throw new ConflictException(
          "replay-window-exceeded",
          "Events after " + position + " are no longer kept; the oldest is " + oldest);
    }
    List<IntegratorEvent> page = new ArrayList<>();
    int scanned = 0;
    boolean more = false;
    while (page.size() < limit && scanned < MAX_SCANNED) {
      List<LoggedChange> batch = log.after(position, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (IntegratorEvent event : events.render(batch)) {
        if (page.size() == limit) {
          break;
        }
        if (types.isEmpty() || types.contains(event.type())) {
          page.add(event);
        }
      }
      long last =
          page.size() == limit
              ? page.get(page.size() - 1).sequence()
              : batch.get(batch.size() - 1).sequence();
      scanned += batch.size();
      position = last;
      more = batch.size() == BATCH || page.size() == limit;
    }
    if (more) {
      more = !log.after(position, 1).isEmpty();
    }
    return new EventPage(page, position, more);
  }
}
