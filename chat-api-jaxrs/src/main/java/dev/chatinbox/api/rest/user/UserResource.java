package dev.chatinbox.api.rest.user;

import dev.chatinbox.api.rest.AdministratorsOnly;
import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.user.UserAdministrationService;
import dev.chatinbox.core.application.user.UserDirectoryService;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.user.Availability;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.UserCriteria;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 * Spec 4.2 and 7.1 (finding team members) and user administration (ADMIN only). Thin: parse and
 * validate input, delegate to {@link UserDirectoryService} / {@link UserAdministrationService},
 * shape output.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(
    name = "Users",
    description =
        "The team directory. Permissions follow the token's groups; the roles stored here are the directory's copy, "
            + "written from the token when the user is provisioned and whenever the token's claims change, and by "
            + "administrators in between.")
public class UserResource {
  static final String ROLES = "USER, ADMIN, CUST";

  private CurrentCaller caller;
  private UserDirectoryService directory;
  private UserAdministrationService administration;

  protected UserResource() {}

  @Inject
  public UserResource(
      CurrentCaller caller,
      UserDirectoryService directory,
      UserAdministrationService administration) {
    this.caller = caller;
    this.directory = directory;
    this.administration = administration;
  }

  @GET
  @Operation(
      operationId = "listUsers",
      summary = "List users (spec 7.1)",
      description =
          "Active users by name (case-insensitive), at most 200: narrow with search or role. Not paged, so data is the "
              + "array itself (as the spec says), not {data, meta}. role filters on the directory's roles; search is a "
              + "case-insensitive substring of name, username or email (% and _ match literally); exclude leaves out user "
              + "ids, given repeated (exclude=a&exclude=b), comma-separated (exclude=a,b) or both, at most 500. "
              + "includeInactive=true adds deactivated users (ADMIN only; 403 for others). CUST: 403.")
  @APIResponse(
      responseCode = "200",
      description = "Users by name",
      content = @Content(schema = @Schema(implementation = UserListResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public UserListResponse list(
      @QueryParam("role")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"USER", "ADMIN", "CUST"}))
          String role,
      @QueryParam("search")
          @Parameter(description = "Name, username or email (at most 200 characters)")
          String search,
      @QueryParam("exclude")
          @Parameter(
              description = "User ids to leave out: repeated, comma-separated, or both",
              schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
          List<String> exclude,
      @QueryParam("includeInactive")
          @Parameter(
              description = "ADMIN only: also deactivated users",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          String includeInactive) {
    QueryParams params = new QueryParams();
    Optional<Role> r = role(params, role);
    Optional<String> text = params.text("search", search, UserDirectoryService.MAX_SEARCH_LENGTH);
    Set<UUID> excluded = excluded(params, exclude);
    boolean inactive =
        params.choice(
            "includeInactive", includeInactive, UserResource::bool, Boolean.FALSE, "true, false");
    params.validate();
    return new UserListResponse(
        true,
        directory.list(caller.get(), new UserCriteria(r, text, excluded, inactive)).stream()
            .map(UserOutput::of)
            .toList());
  }

  @GET
  @Path("search")
  @Operation(
      operationId = "searchUsers",
      summary = "Search users (spec 4.2)",
      description =
          "Active users whose name, username or email contains q (case-insensitive; % and _ match literally), at most 50, "
              + "best first: name or username starting with q, then a word of the name starting with q, then any other "
              + "match; by name within each rank. role filters on the directory's roles. CUST: 403.")
  @APIResponse(
      responseCode = "200",
      description = "Best matches first",
      content = @Content(schema = @Schema(implementation = UserMatchListResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public UserMatchListResponse search(
      @QueryParam("q") @Parameter(required = true, description = "1..100 characters") String q,
      @QueryParam("role")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"USER", "ADMIN", "CUST"}))
          String role) {
    QueryParams params = new QueryParams();
    Optional<String> text = params.text("q", q, UserDirectoryService.MAX_QUERY_LENGTH);
    if (q == null || q.isBlank()) {
      params.reject("q", "is required");
    }
    Optional<Role> r = role(params, role);
    params.validate();
    return new UserMatchListResponse(
        true,
        directory.search(caller.get(), text.orElseThrow(), r).stream()
            .map(UserMatchOutput::of)
            .toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createUser",
      summary = "Create a user (ADMIN only)",
      description =
          "Adds a team member before their first sign-in. They sign in with a token whose sub is 'subject' (default: "
              + "the username); from then on name, email and roles follow the token whenever its claims change. "
              + "A taken username is 409 /problems/username-taken, a taken subject 409 /problems/subject-taken.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CreateUserRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  @AdministratorsOnly
  public Response create(JsonValue body) {
    Caller admin = caller.get();
    administration.requireAdministrator(admin);
    UserOutput created = UserOutput.of(administration.create(admin, CreateUserBody.parse(body)));
    return Response.status(Response.Status.CREATED).entity(UserResponse.of(created)).build();
  }

  @PATCH
  @Path("me")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateMe",
      summary = "Set your own availability (#18)",
      description =
          "Our addition. Any inbox user (ADMIN, USER), for themselves. Accepts only availability:"
              + " online, busy or offline; auto-assignment gives new conversations to online"
              + " members only.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateMeRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "You",
      content = @Content(schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  public UserResponse updateMe(JsonValue body) {
    JsonFields fields = JsonFields.of(body, java.util.Set.of("availability"));
    Optional<String> raw = fields.string("availability");
    fields.validate();
    Availability availability =
        raw.flatMap(Availability::fromWireName)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "availability", "is required: one of online, busy, offline"));
    return UserResponse.of(
        UserOutput.of(administration.changeOwnAvailability(caller.get(), availability)));
  }

  @PATCH
  @Path("{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateUser",
      summary = "Change a user (ADMIN only)",
      description =
          "Accepts only name, avatar (null removes it), roles and active; any other field (unknown or read-only: id, "
              + "username, subject, email) is a 400 naming it, and nothing is written. active=false deactivates the "
              + "account: its tokens get 403 /problems/forbidden at once on this node and within chat.users.cache-seconds "
              + "(default 30) on others; an administrator cannot deactivate themselves (409 /problems/self-deactivation). "
              + "roles changes the directory's copy only: permissions follow the token's groups, and the copy is "
              + "overwritten from the token when the user's token claims next change.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateUserRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The updated user",
      content = @Content(schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  @AdministratorsOnly
  public UserResponse update(@PathParam("userId") String userId, JsonValue body) {
    Caller admin = caller.get();
    administration.requireAdministrator(admin);
    UUID id = Ids.parse(userId).orElseThrow(() -> new ObjectNotFoundException("User"));
    return UserResponse.of(UserOutput.of(administration.update(admin, id, UserPatch.parse(body))));
  }

  private static Optional<Role> role(QueryParams params, String raw) {
    return params.optionalChoice(
        "role", raw, r -> Role.fromGroup(r.trim().toUpperCase(Locale.ROOT)), ROLES);
  }

  private static Optional<Boolean> bool(String raw) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(Boolean.TRUE);
      case "false" -> Optional.of(Boolean.FALSE);
      default -> Optional.empty();
    };
  }

  /** The ids of every {@code exclude} value, each of which may hold several separated by commas. */
  private static Set<UUID> excluded(QueryParams params, List<String> raw) {
    return params.ids("exclude", raw, UserDirectoryService.MAX_EXCLUDED);
  }
}
