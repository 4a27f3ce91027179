package dev.chatinbox.api.rest.canned;

import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.api.rest.common.MessageTextResponse;
import dev.chatinbox.api.rest.common.PageMeta;
import dev.chatinbox.api.rest.common.PageParams;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.canned.CannedReplyEdit;
import dev.chatinbox.core.application.canned.CannedReplyService;
import dev.chatinbox.core.application.canned.NewCannedReply;
import dev.chatinbox.core.application.view.CannedReplyView;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
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
 * Canned replies: shared ones (the team's, managed by administrators) and personal ones (their
 * owner's only; 404 to anyone else).
 */
@Path("canned-replies")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Canned replies", description = "Ready answers, shared or personal (issue #18)")
public class CannedReplyResource {
  static final String RULES =
      " Shared replies are visible to every USER and ADMIN and managed by ADMIN only (403 for a"
          + " USER); a personal reply is visible to, and managed by, its owner only (404 for anyone"
          + " else, administrators included). CUST: 403.";

  private CurrentCaller caller;
  private CannedReplyService replies;

  protected CannedReplyResource() {}

  @Inject
  public CannedReplyResource(CurrentCaller caller, CannedReplyService replies) {
    this.caller = caller;
    this.replies = replies;
  }

  @GET
  @Operation(
      operationId = "listCannedReplies",
      summary = "List canned replies",
      description =
          "Our addition. The shared replies and the caller's personal ones, by short code (a"
              + " personal one before a shared one with the same code). search: a short-code prefix"
              + " (case-insensitive, a leading / ignored)."
              + RULES)
  @APIResponse(
      responseCode = "200",
      description = "One page, by short code",
      content = @Content(schema = @Schema(implementation = CannedReplyPageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public CannedReplyPageResponse list(
      @QueryParam("search") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 33))
          String search,
      @BeanParam PageParams paging) {
    QueryParams params = new QueryParams();
    Optional<String> prefix = params.text("search", search, 33);
    PageRequest request = paging.read(params);
    params.validate();
    Page<CannedReplyView> found = replies.list(caller.get(), prefix, request);
    return new CannedReplyPageResponse(
        true,
        new CannedReplyPage(
            found.items().stream().map(CannedReplyOutput::of).toList(), PageMeta.of(found)));
  }

  @GET
  @Path("{replyId}")
  @Operation(operationId = "getCannedReply", summary = "Get a canned reply", description = RULES)
  @APIResponse(
      responseCode = "200",
      description = "The reply",
      content = @Content(schema = @Schema(implementation = CannedReplyResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public CannedReplyResponse get(@PathParam("replyId") String replyId) {
    return CannedReplyResponse.of(CannedReplyOutput.of(replies.get(caller.get(), id(replyId))));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createCannedReply",
      summary = "Create a canned reply",
      description =
          "Our addition. shared=true makes a team reply (ADMIN only), otherwise a personal one. A"
              + " short code already used in that scope is 409 /problems/short-code-taken; a body"
              + " naming an unknown {{variable}} is 400 naming it."
              + RULES)
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CreateCannedReplyRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = CannedReplyResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  public Response create(JsonValue body) {
    JsonFields fields = JsonFields.of(body, Set.of("shortCode", "title", "body", "shared"));
    NewCannedReply input =
        new NewCannedReply(
            fields.string("shortCode").orElse(null),
            fields.string("title").orElse(null),
            fields.string("body").orElse(null),
            fields.bool("shared").orElse(false));
    fields.validate();
    return Response.status(Response.Status.CREATED)
        .entity(CannedReplyResponse.of(CannedReplyOutput.of(replies.create(caller.get(), input))))
        .build();
  }

  @PATCH
  @Path("{replyId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateCannedReply",
      summary = "Change a canned reply",
      description =
          "Our addition. Accepts shortCode, title and body (a reply's scope does not change);"
              + " any other field is a 400 naming it. The same rules as on create."
              + RULES)
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateCannedReplyRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The changed reply",
      content = @Content(schema = @Schema(implementation = CannedReplyResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  public CannedReplyResponse update(@PathParam("replyId") String replyId, JsonValue body) {
    UUID id = id(replyId);
    JsonFields fields = JsonFields.of(body, Set.of("shortCode", "title", "body"));
    CannedReplyEdit edit =
        new CannedReplyEdit(
            fields.string("shortCode"), fields.string("title"), fields.string("body"));
    fields.validate();
    return CannedReplyResponse.of(CannedReplyOutput.of(replies.update(caller.get(), id, edit)));
  }

  @DELETE
  @Path("{replyId}")
  @Operation(
      operationId = "deleteCannedReply",
      summary = "Delete a canned reply",
      description = RULES)
  @APIResponse(
      responseCode = "200",
      description = "Deleted",
      content = @Content(schema = @Schema(implementation = MessageTextResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public MessageTextResponse delete(@PathParam("replyId") String replyId) {
    replies.delete(caller.get(), id(replyId));
    return MessageTextResponse.of("Canned reply deleted");
  }

  @POST
  @Path("{replyId}/render")
  @Operation(
      operationId = "renderCannedReply",
      summary = "Render a canned reply for a conversation",
      description =
          "Our addition. The reply's body with {{contact.firstName}} (the first word of the"
              + " contact's full name), {{contact.fullName}} and {{agent.name}} (the caller's name)"
              + " filled in for conversationId, which the caller must be able to see (404"
              + " otherwise). Nothing is sent."
              + RULES)
  @APIResponse(
      responseCode = "200",
      description = "The rendered body",
      content = @Content(schema = @Schema(implementation = RenderedReplyResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public RenderedReplyResponse render(
      @PathParam("replyId") String replyId,
      @QueryParam("conversationId")
          @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String conversationId) {
    UUID id = id(replyId);
    if (conversationId == null || conversationId.isBlank()) {
      throw new InvalidInputException("conversationId", "is required");
    }
    UUID conversation = Ids.parse(conversationId).orElseThrow(UnknownConversationException::new);
    String body = replies.render(caller.get(), id, conversation);
    return new RenderedReplyResponse(
        true, new RenderedReplyResponse.Rendered(id.toString(), conversation.toString(), body));
  }

  private static UUID id(String raw) {
    return Ids.parse(raw).orElseThrow(() -> new ObjectNotFoundException("Canned reply"));
  }
}
