package dev.chatinbox.api.rest.action;

import dev.chatinbox.api.rest.common.PageMeta;
import dev.chatinbox.api.rest.common.PageParams;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.action.ManualActionService;
import dev.chatinbox.core.application.view.ManualActionView;
import dev.chatinbox.core.domain.action.ManualActionStatus;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Spec 8.1 plus recording and closing actions. A root resource of its own: its literal path wins
 * over {@code /conversations/{conversationId}}, so "manual-actions" is never read as a conversation
 * id.
 */
@Path("conversations/manual-actions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Manual actions", description = "Things people have to do by hand for a conversation")
public class ManualActionResource {
  private CurrentCaller caller;
  private ManualActionService actions;

  protected ManualActionResource() {}

  @Inject
  public ManualActionResource(CurrentCaller caller, ManualActionService actions) {
    this.caller = caller;
    this.actions = actions;
  }

  @GET
  @Operation(
      operationId = "listManualActions",
      summary = "List manual actions (spec 8.1)",
      description =
          "Actions of the conversations visible to the caller (ADMIN: all; USER: contacts they own or follow, or that "
              + "have no owner), newest first. The spec writes the response as BaseApiResponse<Array<...>>; following "
              + "decisions.md, a list endpoint's data is {data: [...], meta: {total, page, pageSize, totalPages}}. CUST: 403.")
  @APIResponse(
      responseCode = "200",
      description = "One page, newest first",
      content = @Content(schema = @Schema(implementation = ManualActionPageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public ManualActionPageResponse list(
      @QueryParam("status")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"pending", "completed", "failed"}))
          String status,
      @BeanParam PageParams paging) {
    QueryParams params = new QueryParams();
    Optional<ManualActionStatus> s =
        params.optionalChoice(
            "status", status, ManualActionStatus::fromWireName, ManualActionBodies.STATUSES);
    PageRequest request = paging.read(params);
    params.validate();
    Page<ManualActionView> found = actions.list(caller.get(), s, request);
    return new ManualActionPageResponse(
        true,
        new ManualActionPage(
            found.items().stream().map(ManualActionOutput::of).toList(), PageMeta.of(found)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createManualAction",
      summary = "Record a manual action",
      description =
          "Our addition. A pending action on a conversation the caller may see (404 otherwise); assignedTo must be an "
              + "active user (400 otherwise).")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CreateManualActionRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = ManualActionResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  public Response create(JsonValue body) {
    ManualActionView created = actions.create(caller.get(), ManualActionBodies.create(body));
    return Response.status(Response.Status.CREATED)
        .entity(ManualActionResponse.of(ManualActionOutput.of(created)))
        .build();
  }

  @PATCH
  @Path("{actionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateManualAction",
      summary = "Close, fail, reopen or reassign a manual action",
      description =
          "Our addition. Accepts only status and assignedTo (null unassigns); any other field is a 400 naming it. "
              + "completed or failed sets completedAt (when it was closed), pending clears it; the same status again "
              + "changes nothing. An action of a conversation the caller cannot see is 404.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateManualActionRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The updated action",
      content = @Content(schema = @Schema(implementation = ManualActionResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  public ManualActionResponse update(@PathParam("actionId") String actionId, JsonValue body) {
    UUID id = Ids.parse(actionId).orElseThrow(() -> new ObjectNotFoundException("Manual action"));
    return ManualActionResponse.of(
        ManualActionOutput.of(actions.update(caller.get(), id, ManualActionBodies.update(body))));
  }
}
