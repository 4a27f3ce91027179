package dev.chatinbox.api.rest.integration;

import dev.chatinbox.api.events.ApiIntegratorEvents;
import dev.chatinbox.api.rest.AdministratorsOnly;
import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.rest.integration.IntegrationResponses.CreateRequest;
import dev.chatinbox.api.rest.integration.IntegrationResponses.DeliveryListResponse;
import dev.chatinbox.api.rest.integration.IntegrationResponses.EndpointListResponse;
import dev.chatinbox.api.rest.integration.IntegrationResponses.EndpointResponse;
import dev.chatinbox.api.rest.integration.IntegrationResponses.Queued;
import dev.chatinbox.api.rest.integration.IntegrationResponses.QueuedResponse;
import dev.chatinbox.api.rest.integration.IntegrationResponses.Replay;
import dev.chatinbox.api.rest.integration.IntegrationResponses.ReplayRequest;
import dev.chatinbox.api.rest.integration.IntegrationResponses.ReplayResponse;
import dev.chatinbox.api.rest.integration.IntegrationResponses.UpdateRequest;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.webhook.WebhookEndpointService;
import dev.chatinbox.core.application.webhook.WebhookEndpointService.Created;
import dev.chatinbox.core.application.webhook.WebhookEndpointService.EndpointPatch;
import dev.chatinbox.core.application.webhook.WebhookEndpointService.NewEndpoint;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook subscriptions (ADMIN only; anyone else 403 before the body is read, an unknown id 404).
 * Thin: parse, one use-case call ({@link WebhookEndpointService}), shape output.
 */
@Path("webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(
    name = "Webhooks",
    description =
        "Signed outbound webhooks (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature"
            + " v1,<base64 HMAC-SHA256 of id.timestamp.body>) delivered from the change log, per endpoint in"
            + " order, at least once, retried for up to 3 days. Body {type, timestamp, data}; data as the"
            + " WebSocket event's. See README 'Webhooks and events for integrators'.")
public class WebhookEndpointResource {
  static final Set<String> CREATE_FIELDS = Set.of("url", "eventTypes", "description", "enabled");
  static final int MAX_DELIVERIES = 100;

  private CurrentCaller caller;
  private WebhookEndpointService service;
  private Clock clock;
  private ApiIntegratorEvents events;

  protected WebhookEndpointResource() {}

  @Inject
  public WebhookEndpointResource(
      CurrentCaller caller,
      WebhookEndpointService service,
      Clock clock,
      ApiIntegratorEvents events) {
    this.events = events;
    this.caller = caller;
    this.service = service;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createWebhookEndpoint",
      summary = "Subscribe a webhook endpoint (ADMIN only)",
      description =
          "The URL must be https and resolve only to public addresses (loopback, private, link-local and"
              + " metadata addresses are refused: 400 naming url). Events committed from now on are delivered;"
              + " older ones with replay. The answer carries the signing secret, shown this once.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CreateRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created, with its secret",
      content = @Content(schema = @Schema(implementation = EndpointResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  @AdministratorsOnly
  public Response create(JsonValue body) {
    JsonFields fields = JsonFields.of(body, CREATE_FIELDS);
    Optional<String> url = fields.string("url");
    Optional<java.util.List<String>> types = fields.strings("eventTypes", 50);
    Optional<Optional<String>> description = fields.nullableString("description");
    Optional<Boolean> enabled = fields.bool("enabled");
    fields.validate(); // a missing url or eventTypes is named by the service's rules
    Created created =
        service.create(
            caller.get(),
            new NewEndpoint(
                url.orElse(null),
                types.orElse(null),
                description.flatMap(d -> d),
                enabled.orElse(Boolean.TRUE)));
    return Response.status(Response.Status.CREATED)
        .entity(
            new EndpointResponse(
                true,
                WebhookEndpointOutput.of(created.endpoint(), created.secret(), clock.instant())))
        .build();
  }

  @GET
  @Operation(operationId = "listWebhookEndpoints", summary = "List webhook endpoints (ADMIN only)")
  @APIResponse(
      responseCode = "200",
      description = "Newest first (at most 50 exist)",
      content = @Content(schema = @Schema(implementation = EndpointListResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @AdministratorsOnly
  public EndpointListResponse list() {
    return new EndpointListResponse(
        true,
        service.list(caller.get()).stream()
            .map(e -> WebhookEndpointOutput.of(e, null, clock.instant()))
            .toList());
  }

  @GET
  @Path("{endpointId}")
  @Operation(
      operationId = "getWebhookEndpoint",
      summary = "A webhook endpoint (ADMIN only)",
      description = "Never its secret. disabledReason says why a disabled endpoint stopped.")
  @APIResponse(
      responseCode = "200",
      description = "The endpoint",
      content = @Content(schema = @Schema(implementation = EndpointResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @AdministratorsOnly
  public EndpointResponse get(@PathParam("endpointId") String endpointId) {
    return new EndpointResponse(
        true,
        WebhookEndpointOutput.of(service.get(caller.get(), id(endpointId)), null, clock.instant()));
  }

  @PATCH
  @Path("{endpointId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateWebhookEndpoint",
      summary = "Change a webhook endpoint (ADMIN only)",
      description =
          "url, eventTypes, description (null removes it), enabled. enabled=true on a disabled endpoint"
              + " clears its reason and resumes delivery where it stopped (within the log's retention).")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The changed endpoint",
      content = @Content(schema = @Schema(implementation = EndpointResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  @AdministratorsOnly
  public EndpointResponse update(@PathParam("endpointId") String endpointId, JsonValue body) {
    UUID id = id(endpointId);
    JsonFields fields = JsonFields.of(body, CREATE_FIELDS);
    EndpointPatch patch =
        new EndpointPatch(
            fields.string("url"),
            fields.strings("eventTypes", 50),
            fields.nullableString("description"),
            fields.bool("enabled"));
    fields.validate();
    return new EndpointResponse(
        true,
        WebhookEndpointOutput.of(service.update(caller.get(), id, patch), null, clock.instant()));
  }

  @DELETE
  @Path("{endpointId}")
  @Operation(
      operationId = "deleteWebhookEndpoint",
      summary = "Delete a webhook endpoint and its deliveries (ADMIN only)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @AdministratorsOnly
  public Response delete(@PathParam("endpointId") String endpointId) {
    service.delete(caller.get(), id(endpointId));
    return Response.noContent().build();
  }

  @POST
  @Path("{endpointId}/rotate-secret")
  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "Rotate the signing secret (ADMIN only)",
      description =
          "A new secret, shown this once. For 24 hours every request carries two signatures (new and"
              + " previous, space-separated), so receivers can switch without losing a delivery.")
  @APIResponse(
      responseCode = "200",
      description = "The endpoint with its new secret",
      content = @Content(schema = @Schema(implementation = EndpointResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @AdministratorsOnly
  public EndpointResponse rotate(@PathParam("endpointId") String endpointId) {
    Created rotated = service.rotate(caller.get(), id(endpointId));
    return new EndpointResponse(
        true, WebhookEndpointOutput.of(rotated.endpoint(), rotated.secret(), clock.instant()));
  }

  @GET
  @Path("{endpointId}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "Deliveries of an endpoint, newest first (ADMIN only)",
      description =
          "Each with its attempts (status code, duration, error, next retry). before=<delivery id> pages"
              + " back; limit 1..100 (default 50).")
  @APIResponse(
      responseCode = "200",
      description = "Newest first",
      content = @Content(schema = @Schema(implementation = DeliveryListResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @AdministratorsOnly
  public DeliveryListResponse deliveries(
      @PathParam("endpointId") String endpointId,
      @QueryParam("before") @Parameter(description = "Only deliveries with a smaller id")
          String before,
      @QueryParam("limit") @Parameter(description = "1..100, default 50") String limit) {
    UUID id = id(endpointId);
    QueryParams params = new QueryParams();
    Optional<Long> b = params.position("before", before);
    int l = params.integer("limit", limit, 50, 1, MAX_DELIVERIES);
    params.validate();
    return new DeliveryListResponse(
        true,
        service.deliveries(caller.get(), id, b, l).stream()
            .map(WebhookDeliveryOutput::of)
            .toList());
  }

  @POST
  @Path("{endpointId}/deliveries/{deliveryId}/retry")
  @Operation(
      operationId = "retryWebhookDelivery",
      summary = "Deliver again (ADMIN only)",
      description =
          "A pending delivery is tried at once; a delivered or failed one is queued again (same webhook-id)"
              + " behind the endpoint's other deliveries. A disabled endpoint stays disabled until enabled.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = QueuedResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @AdministratorsOnly
  public Response retry(
      @PathParam("endpointId") String endpointId, @PathParam("deliveryId") String deliveryId) {
    UUID id = id(endpointId);
    long delivery;
    try {
      delivery = Long.parseLong(deliveryId);
    } catch (NumberFormatException e) {
      throw new ObjectNotFoundException("Webhook delivery");
    }
    return accepted(
        new QueuedResponse(true, new Queued(service.retry(caller.get(), id, delivery))));
  }

  @POST
  @Path("{endpointId}/test")
  @Operation(
      operationId = "testWebhookEndpoint",
      summary = "Send a ping event (ADMIN only)",
      description =
          "Queues {type: \"ping\", timestamp, data: {endpointId}}, signed like every event.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = QueuedResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @AdministratorsOnly
  public Response test(@PathParam("endpointId") String endpointId) {
    return accepted(
        new QueuedResponse(true, new Queued(service.test(caller.get(), id(endpointId)))));
  }

  @POST
  @Path("{endpointId}/replay")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replayWebhookEvents",
      summary = "Deliver again every event after an event id (ADMIN only)",
      description =
          "Events after since, up to what the endpoint has been sent, of its types, in order, with their"
              + " original webhook-id; at most 10,000 per call (more=true: call again from through). 409"
              + " /problems/replay-window-exceeded when the change log no longer holds them"
              + " (chat.realtime.retention-hours, default 72).")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = ReplayRequest.class)))
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = ReplayResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  @AdministratorsOnly
  public Response replay(@PathParam("endpointId") String endpointId, JsonValue body) {
    UUID id = id(endpointId);
    JsonFields fields = JsonFields.of(body, Set.of("since"));
    Optional<String> since = fields.string("since");
    fields.validate();
    long position = eventId(since.orElse(null));
    WebhookEndpointService.Replayed replayed = service.replay(caller.get(), id, position, events);
    return accepted(
        new ReplayResponse(
            true,
            new Replay(replayed.queued(), Long.toString(replayed.through()), replayed.more())));
  }

  /** An event id (a change-log position) as the API shows it. */
  static long eventId(String raw) {
    try {
      long value = Long.parseLong(raw == null ? "" : raw.strip());
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new InvalidInputException("since", "must be an event id (a whole number of at least 0)");
  }

  private static Response accepted(Object entity) {
    return Response.status(Response.Status.ACCEPTED).entity(entity).build();
  }

  private static UUID id(String raw) {
    return Ids.parse(raw).orElseThrow(() -> new ObjectNotFoundException("Webhook endpoint"));
  }
}
