package dev.chatinbox.sdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.generated.api.WebhooksApi;
import dev.chatinbox.sdk.internal.generated.model.CreateWebhookEndpointRequest;
import dev.chatinbox.sdk.internal.generated.model.IntegratorEvent;
import dev.chatinbox.sdk.internal.generated.model.ReplayWebhookRequest;
import dev.chatinbox.sdk.internal.generated.model.WebhookDeliveryOutput;
import dev.chatinbox.sdk.internal.generated.model.WebhookEndpointOutput;
import dev.chatinbox.sdk.model.WebhookDelivery;
import dev.chatinbox.sdk.model.WebhookEndpoint;
import dev.chatinbox.sdk.model.WebhookEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outbound webhooks and the events list (ADMIN tokens): subscribe endpoints, rotate their secrets,
 * look at deliveries, replay, ping; and {@link #events} for integrators that pull. Verify incoming
 * requests with {@link WebhookVerifier}.
 */
public final class Webhooks {
  private final WebhooksApi api;
  private final Calls calls;
  private final ObjectMapper json;

  Webhooks(WebhooksApi api, Calls calls, ObjectMapper json) {
    this.api = api;
    this.calls = calls;
    this.json = json;
  }

  /** Subscribes {@code url} to {@code eventTypes} ({@code *} = all); the answer has the secret. */
  public WebhookEndpoint add(String url, List<String> eventTypes, String description) {
    CreateWebhookEndpointRequest request =
        new CreateWebhookEndpointRequest().url(url).eventTypes(eventTypes).description(description);
    return endpoint(calls.once(() -> api.createWebhookEndpoint(request)).getData());
  }

  public List<WebhookEndpoint> list() {
    return calls.idempotent(api::listWebhookEndpoints).getData().stream()
        .map(Webhooks::endpoint)
        .toList();
  }

  /** A new secret (returned); the previous one keeps signing for 24 hours. */
  public WebhookEndpoint rotate(String endpointId) {
    return endpoint(calls.once(() -> api.rotateWebhookSecret(endpointId)).getData());
  }

  /** The newest deliveries (at most {@code limit}, 1..100), each with its attempts. */
  public List<WebhookDelivery> deliveries(String endpointId, int limit) {
    return calls
        .idempotent(() -> api.listWebhookDeliveries(endpointId, null, Integer.toString(limit)))
        .getData()
        .stream()
        .map(Webhooks::delivery)
        .toList();
  }

  /** Queues every event after {@code sinceEventId} again. @return how many */
  public int replay(String endpointId, String sinceEventId) {
    ReplayWebhookRequest request = new ReplayWebhookRequest().since(sinceEventId);
    return calls.once(() -> api.replayWebhookEvents(endpointId, request)).getData().getQueued();
  }

  /** Queues a {@code ping}. @return its delivery id */
  public long test(String endpointId) {
    return calls.once(() -> api.testWebhookEndpoint(endpointId)).getData().getDeliveryId();
  }

  /**
   * A page of events.
   *
   * @param next pass as {@code after} to continue
   */
  public record EventPage(List<WebhookEvent> events, String next, boolean hasMore) {}

  /**
   * Events after {@code afterEventId} (null: from the oldest kept), in commit order; {@code types}
   * may be empty for all.
   */
  public EventPage events(String afterEventId, List<String> types, int limit) {
    var out =
        calls.idempotent(
            () ->
                api.listEvents(
                    afterEventId, Integer.toString(limit), types.isEmpty() ? null : types));
    List<WebhookEvent> events = new ArrayList<>();
    for (IntegratorEvent e : out.getData()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", e.getType());
      body.put("timestamp", e.getTimestamp());
      body.put("data", e.getData());
      try {
        events.add(WebhookVerifier.parse(e.getId(), json.writeValueAsString(body)));
      } catch (Exception problem) {
        throw new ChatApiException("an event could not be read: " + problem.getMessage(), problem);
      }
    }
    return new EventPage(
        events, out.getMeta().getNext(), Boolean.TRUE.equals(out.getMeta().getHasMore()));
  }

  private static WebhookEndpoint endpoint(WebhookEndpointOutput e) {
    return new WebhookEndpoint(
        e.getId(),
        e.getUrl(),
        Optional.ofNullable(e.getDescription()),
        e.getEventTypes(),
        Boolean.TRUE.equals(e.getEnabled()),
        Optional.ofNullable(e.getDisabledReason()),
        Optional.ofNullable(e.getSecret()));
  }

  private static WebhookDelivery delivery(WebhookDeliveryOutput d) {
    return new WebhookDelivery(
        d.getId(),
        d.getEventId(),
        d.getEventType(),
        d.getState().getValue(),
        d.getAttempts(),
        Optional.ofNullable(d.getNextAttemptAt()),
        d.getAttemptLog().stream()
            .map(
                a ->
                    new WebhookDelivery.Attempt(
                        a.getAttemptedAt(),
                        Optional.ofNullable(a.getStatusCode()),
                        a.getDurationMs(),
                        Optional.ofNullable(a.getError())))
            .toList());
  }
}
