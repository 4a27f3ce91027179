package dev.chatinbox.api.rest.integration;

import dev.chatinbox.api.events.ApiIntegratorEvents;
import dev.chatinbox.api.rest.AdministratorsOnly;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.rest.integration.IntegrationResponses.EventListResponse;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.webhook.IntegratorEvent;
import dev.chatinbox.core.application.webhook.IntegratorEventsService;
import dev.chatinbox.core.application.webhook.IntegratorEventsService.EventPage;
import dev.chatinbox.core.domain.webhook.EventTypes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /events}: the integrator events in commit order, for those who pull (ADMIN only). */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Webhooks")
public class EventResource {
  private CurrentCaller caller;
  private IntegratorEventsService events;
  private ApiIntegratorEvents rendering;

  protected EventResource() {}

  @Inject
  public EventResource(
      CurrentCaller caller, IntegratorEventsService events, ApiIntegratorEvents rendering) {
    this.caller = caller;
    this.events = events;
    this.rendering = rendering;
  }

  @GET
  @Operation(
      operationId = "listEvents",
      summary = "Events after an event id, in commit order (ADMIN only)",
      description =
          "The events webhooks deliver, each {id, type, timestamp, data}. Resume with after=<the last id"
              + " seen> or meta.next: exactly the later events come back, none skipped or repeated. Without after:"
              + " from the oldest kept. 409 /problems/replay-window-exceeded when events after it were pruned"
              + " (chat.realtime.retention-hours, default 72). An answer reads at most 5,000 log entries.")
  @APIResponse(
      responseCode = "200",
      description = "Events in commit order",
      content = @Content(schema = @Schema(implementation = EventListResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @AdministratorsOnly
  public JsonObject list(
      @QueryParam("after") @Parameter(description = "An event id") String after,
      @QueryParam("types")
          @Parameter(
              description = "Event types, repeated or comma-separated",
              schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
          List<String> types,
      @QueryParam("limit") @Parameter(description = "1..500, default 100") String limit) {
    QueryParams params = new QueryParams();
    Optional<Long> position = params.position("after", after);
    int l = params.integer("limit", limit, 100, 1, IntegratorEventsService.MAX_LIMIT);
    Set<String> wanted = new LinkedHashSet<>();
    if (types != null) {
      for (String value : types) {
        for (String t : value.split(",")) {
          String type = t.strip();
          if (type.isEmpty()) {
            continue;
          }
          if (!EventTypes.SUBSCRIBABLE.contains(type)) {
            params.reject(
                "types",
                "unknown event type; known: " + String.join(", ", EventTypes.SUBSCRIBABLE));
            break;
          }
          wanted.add(type);
        }
      }
    }
    params.validate();
    EventPage page = events.after(caller.get(), position, wanted, l, rendering);
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (IntegratorEvent event : page.events()) {
      try (JsonReader reader = Json.createReader(new StringReader(event.body()))) {
        JsonObject body = reader.readObject();
        data.add(
            Json.createObjectBuilder()
                .add("id", event.id())
                .add("type", event.type())
                .add("timestamp", body.get("timestamp"))
                .add("data", body.get("data")));
      }
    }
    return Json.createObjectBuilder()
        .add("success", true)
        .add("data", data)
        .add(
            "meta",
            Json.createObjectBuilder()
                .add("next", Long.toString(page.next()))
                .add("hasMore", page.hasMore()))
        .build();
  }
}
