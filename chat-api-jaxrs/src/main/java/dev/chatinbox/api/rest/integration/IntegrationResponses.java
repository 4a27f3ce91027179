package dev.chatinbox.api.rest.integration;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the integrator endpoints ({@code BaseApiResponse<…>}). */
final class IntegrationResponses {
  private IntegrationResponses() {}

  @Schema(name = "WebhookEndpointResponse")
  public record EndpointResponse(
      @Schema(required = true, defaultValue = "true") boolean success,
      @Schema(required = true) WebhookEndpointOutput data) {}

  @Schema(name = "WebhookEndpointListResponse")
  public record EndpointListResponse(
      @Schema(required = true, defaultValue = "true") boolean success,
      @Schema(required = true) List<WebhookEndpointOutput> data) {}

  @Schema(name = "WebhookDeliveryListResponse")
  public record DeliveryListResponse(
      @Schema(required = true, defaultValue = "true") boolean success,
      @Schema(required = true) List<WebhookDeliveryOutput> data) {}

  @Schema(name = "WebhookQueued")
  public record Queued(
      @Schema(required = true, description = "The delivery that will be attempted")
          long deliveryId) {}

  @Schema(name = "WebhookQueuedResponse")
  public record QueuedResponse(
      @Schema(required = true, defaultValue = "true") boolean success,
      @Schema(required = true) Queued data) {}

  @Schema(name = "WebhookReplay")
  public record Replay(
      @Schema(required = true, description = "Events queued again") int queued,
      @Schema(
              required = true,
              description = "The last event id covered; replay again from it when more is true")
          String through,
      @Schema(required = true, description = "Whether the cap (10,000 events) stopped the replay")
          boolean more) {}

  @Schema(name = "WebhookReplayResponse")
  public record ReplayResponse(
      @Schema(required = true, defaultValue = "true") boolean success,
      @Schema(required = true) Replay data) {}

  @Schema(name = "CreateWebhookEndpointRequest")
  public record CreateRequest(
      @Schema(required = true, description = "https URL (public addresses only)", maxLength = 2048)
          String url,
      @Schema(required = true, description = "Event types, or [\"*\"] for all", maxItems = 20)
          List<String> eventTypes,
      @Schema(maxLength = 500) String description,
      @Schema(defaultValue = "true") Boolean enabled) {}

  @Schema(name = "UpdateWebhookEndpointRequest")
  public record UpdateRequest(
      @Schema(maxLength = 2048) String url,
      @Schema(maxItems = 20) List<String> eventTypes,
      @Schema(maxLength = 500, description = "null removes it") String description,
      @Schema(description = "true re-enables a disabled endpoint (its reason is cleared)")
          Boolean enabled) {}

  @Schema(name = "ReplayWebhookRequest")
  public record ReplayRequest(
      @Schema(required = true, description = "An event id: every later event is delivered again")
          String since) {}

  @Schema(name = "IntegratorEvent")
  public record Event(
      @Schema(
              required = true,
              description = "The event id (the change-log position); also the webhook-id")
          String id,
      @Schema(
              required = true,
              description =
                  "message.received, message.sent, message.status_changed, conversation.created,"
                      + " conversation.updated, conversation.deleted, conversation.assigned,"
                      + " conversation.status_changed, note.created, contact.created,"
                      + " contact.updated, contact.deleted (each described under webhooks)")
          String type,
      @Schema(required = true) String timestamp,
      @Schema(
              required = true,
              description =
                  "As the WebSocket event's data: MessageOutput (message.*), ConversationOutput"
                      + " (conversation.created, conversation.updated), ContactOutput as GET"
                      + " /contacts/{id} (contact.created, contact.updated), {id}"
                      + " (conversation.deleted, contact.deleted)")
          Object data) {}

  @Schema(name = "IntegratorEventPage")
  public record EventMeta(
      @Schema(required = true, description = "Pass as after to resume") String next,
      @Schema(required = true) boolean hasMore) {}

  @Schema(name = "IntegratorEventListResponse")
  public record EventListResponse(
      @Schema(required = true, defaultValue = "true") boolean success,
      @Schema(required = true) List<Event> data,
      @Schema(required = true) EventMeta meta) {}
}
