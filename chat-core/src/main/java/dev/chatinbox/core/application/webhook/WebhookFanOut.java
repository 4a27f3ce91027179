package dev.chatinbox.core.application.webhook;

import dev.chatinbox.core.application.realtime.ChangeLogReader;
import dev.chatinbox.core.domain.change.LoggedChange;
import dev.chatinbox.core.domain.webhook.WebhookEndpoint;
import dev.chatinbox.core.domain.webhook.WebhookRepository.QueuedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Turns the numbered change log into each enabled endpoint's queue. Only numbered entries are read,
 * and the sequencer numbers only committed ones: nothing uncommitted is ever queued. One batch is
 * read after the smallest cursor and rendered once; each endpoint behind takes its part (the types
 * it wants) with the move of its cursor, in one transaction — if another node moved the cursor
 * first, this node's part is dropped, so an event is queued once per endpoint.
 */
@ApplicationScoped
public class WebhookFanOut {
  static final int BATCH = 500;

  private WebhookQueue queue;
  private ChangeLogReader log;

  protected WebhookFanOut() {}

  @Inject
  public WebhookFanOut(WebhookQueue queue, ChangeLogReader log) {
    this.queue = queue;
    this.log = log;
  }

  /**
   * One batch, rendered by {@code events} (the API module's: CDI beans of the core cannot see it,
   * so it is passed in).
   *
   * @return how many log entries it covered (0: every endpoint is up to date)
   */
  public int round(IntegratorEvents events) {
    List<WebhookEndpoint> endpoints = queue.enabled();
    if (endpoints.isEmpty()) {
      return 0;
    }
    long from = endpoints.stream().mapToLong(WebhookEndpoint::cursor).min().orElseThrow();
    List<LoggedChange> batch = log.after(from, BATCH);
    if (batch.isEmpty()) {
      return 0;
    }
    long to = batch.get(batch.size() - 1).sequence();
    List<IntegratorEvent> rendered = events.render(batch);
    for (WebhookEndpoint endpoint : endpoints) {
      if (endpoint.cursor() >= to) {
        continue;
      }
      List<QueuedEvent> part =
          rendered.stream()
              .filter(e -> e.sequence() > endpoint.cursor() && endpoint.wants(e.type()))
              .map(e -> new QueuedEvent(e.id(), e.type(), e.body()))
              .toList();
      queue.advance(endpoint.id(), endpoint.cursor(), to, part);
    }
    return batch.size();
  }
}
