package dev.chatinbox.core.application.inbound;

import dev.chatinbox.core.application.delivery.StatusCommits;
import dev.chatinbox.core.spi.carrier.CarrierWebhook;
import dev.chatinbox.core.spi.carrier.WebhookRequest;
import dev.chatinbox.core.spi.carrier.WebhookVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point of every carrier webhook: finds the adapter that owns the request's route,
 * lets it verify and read the raw request, and records what it read — status reports (committed in
 * groups with the requests that arrive together, each answered after its own commit), an inbound
 * text or an inbound email. A request the adapter refuses changes nothing.
 */
@ApplicationScoped
public class CarrierWebhooks {
  private List<CarrierWebhook> adapters;
  private StatusCommits statuses;
  private InboundTextService texts;
  private InboundEmailService emails;

  protected CarrierWebhooks() {}

  @Inject
  public CarrierWebhooks(
      Instance<CarrierWebhook> adapters,
      StatusCommits statuses,
      InboundTextService texts,
      InboundEmailService emails) {
    this(adapters.stream().toList(), statuses, texts, emails);
  }

  /** Webhooks over the given adapters (tests). */
  public CarrierWebhooks(
      List<CarrierWebhook> adapters,
      StatusCommits statuses,
      InboundTextService texts,
      InboundEmailService emails) {
    this.adapters = List.copyOf(adapters);
    this.statuses = statuses;
    this.texts = texts;
    this.emails = emails;
  }

  /**
   * Handles one webhook request.
   *
   * @return what the adapter made of it (its reply is what to answer, once recorded); empty when no
   *     carrier owns the route
   * @throws dev.chatinbox.core.domain.shared.InvalidInputException when a verified request is
   *     malformed
   */
  public Optional<WebhookVerdict> handle(WebhookRequest request) {
    Optional<CarrierWebhook> adapter =
        adapters.stream().filter(a -> a.owns(request.route())).findFirst();
    if (adapter.isEmpty()) {
      return Optional.empty();
    }
    WebhookVerdict verdict = adapter.get().read(request);
    if (verdict instanceof WebhookVerdict.Statuses reported) {
      statuses.record(reported.reports());
    } else if (verdict instanceof WebhookVerdict.TextReceived received) {
      texts.receive(received.text());
    } else if (verdict instanceof WebhookVerdict.EmailReceived received) {
      emails.receive(received.email());
    }
    return Optional.of(verdict);
  }
}
