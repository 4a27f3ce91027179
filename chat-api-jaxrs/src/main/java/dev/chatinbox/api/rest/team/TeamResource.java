package dev.chatinbox.api.rest.team;

import dev.chatinbox.api.rest.AdministratorsOnly;
import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.api.rest.common.MessageTextResponse;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.workflow.TeamInput;
import dev.chatinbox.core.application.workflow.TeamService;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.team.Team;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Teams (#18). Thin: parse, delegate to {@link TeamService}, shape output. */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Teams", description = "Our addition (#18): groups of agents conversations go to")
public class TeamResource {
  static final Set<String> FIELDS =
      Set.of("name", "autoAssign", "agentCapacity", "inboundChannels");

  private CurrentCaller caller;
  private TeamService teams;

  protected TeamResource() {}

  @Inject
  public TeamResource(CurrentCaller caller, TeamService teams) {
    this.caller = caller;
    this.teams = teams;
  }

  @GET
  @Operation(
      operationId = "listTeams",
      summary = "List teams",
      description = "Every inbox user (ADMIN, USER) reads the teams, by name.")
  @APIResponse(
      responseCode = "200",
      description = "The teams",
      content = @Content(schema = @Schema(implementation = TeamListResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public TeamListResponse list() {
    return new TeamListResponse(
        true, teams.list(caller.get()).stream().map(TeamOutput::of).toList());
  }

  @GET
  @Path("{teamId}")
  @Operation(operationId = "getTeam", summary = "Get one team")
  @APIResponse(
      responseCode = "200",
      description = "The team",
      content = @Content(schema = @Schema(implementation = TeamResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public TeamResponse get(@PathParam("teamId") String teamId) {
    return response(id(teamId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createTeam",
      summary = "Create a team (ADMIN only)",
      description =
          "name is required and unique case-insensitively (409 /problems/team-name-taken); a channel"
              + " of inboundChannels another team takes is 409 /problems/channel-taken.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = TeamRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = TeamResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  @AdministratorsOnly
  public Response create(JsonValue body) {
    UUID id = teams.create(caller.get(), input(body));
    return Response.status(Response.Status.CREATED).entity(response(id)).build();
  }

  @PATCH
  @Path("{teamId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateTeam",
      summary = "Change a team (ADMIN only)",
      description = "Only the fields present change; inboundChannels replaces the team's set.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = TeamRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The team",
      content = @Content(schema = @Schema(implementation = TeamResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  @AdministratorsOnly
  public TeamResponse update(@PathParam("teamId") String teamId, JsonValue body) {
    UUID id = id(teamId);
    teams.update(caller.get(), id, input(body));
    return response(id);
  }

  @DELETE
  @Path("{teamId}")
  @Operation(
      operationId = "deleteTeam",
      summary = "Delete a team (ADMIN only)",
      description = "Its conversations lose the team and keep their assignee.")
  @APIResponse(
      responseCode = "200",
      description = "Deleted",
      content = @Content(schema = @Schema(implementation = MessageTextResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @AdministratorsOnly
  public MessageTextResponse delete(@PathParam("teamId") String teamId) {
    teams.delete(caller.get(), id(teamId));
    return MessageTextResponse.of("Team deleted");
  }

  @POST
  @Path("{teamId}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addTeamMember",
      summary = "Add a member to a team (ADMIN only)",
      description =
          "userId must be an active USER or ADMIN (400 otherwise). 201 when added, 200 when"
              + " already a member. Members see the team's conversations.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = TeamResponse.class)))
  @APIResponse(
      responseCode = "200",
      description = "Already a member",
      content = @Content(schema = @Schema(implementation = TeamResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  @AdministratorsOnly
  public Response addMember(
      @PathParam("teamId") String teamId, @Valid @NotNull AddTeamMemberRequest request) {
    UUID id = id(teamId);
    boolean added = teams.addMember(caller.get(), id, UUID.fromString(request.userId()));
    return Response.status(added ? Response.Status.CREATED : Response.Status.OK)
        .entity(response(id))
        .build();
  }

  @DELETE
  @Path("{teamId}/members/{userId}")
  @Operation(operationId = "removeTeamMember", summary = "Remove a member (ADMIN only)")
  @APIResponse(
      responseCode = "200",
      description = "The team",
      content = @Content(schema = @Schema(implementation = TeamResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @AdministratorsOnly
  public TeamResponse removeMember(
      @PathParam("teamId") String teamId, @PathParam("userId") String userId) {
    UUID id = id(teamId);
    teams.removeMember(
        caller.get(),
        id,
        Ids.parse(userId).orElseThrow(() -> new ObjectNotFoundException("Team member")));
    return response(id);
  }

  private TeamResponse response(UUID id) {
    return new TeamResponse(true, TeamOutput.of(teams.get(caller.get(), id)));
  }

  static TeamInput input(JsonValue body) {
    JsonFields fields = JsonFields.of(body, FIELDS);
    Optional<String> name = fields.string("name");
    Optional<Boolean> autoAssign = fields.bool("autoAssign");
    Optional<Integer> capacity = fields.integer("agentCapacity", 1, Team.MAX_CAPACITY);
    Optional<List<String>> rawChannels = fields.strings("inboundChannels", 3);
    fields.validate();
    Optional<Set<Channel>> channels =
        rawChannels.map(
            names -> {
              Set<Channel> set = EnumSet.noneOf(Channel.class);
              for (String n : names) {
                set.add(
                    Channel.fromWireName(n)
                        .orElseThrow(
                            () ->
                                new InvalidInputException(
                                    "inboundChannels", "must hold only SMS, WhatsApp, Email")));
              }
              return set;
            });
    return new TeamInput(name, autoAssign, capacity, channels);
  }

  private static UUID id(String raw) {
    return Ids.parse(raw).orElseThrow(() -> new ObjectNotFoundException("Team"));
  }
}
