package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.api.rest.common.MessageTextResponse;
import dev.chatinbox.api.rest.common.PageParams;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.conversation.ConversationChanges;
import dev.chatinbox.core.application.conversation.ConversationSearchService;
import dev.chatinbox.core.application.conversation.ConversationService;
import dev.chatinbox.core.application.conversation.OpenedConversation;
import dev.chatinbox.core.application.view.ConversationView;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationCursor;
import dev.chatinbox.core.domain.conversation.ConversationFilter;
import dev.chatinbox.core.domain.conversation.ConversationSort;
import dev.chatinbox.core.domain.conversation.ConversationStatus;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.conversation.WorkflowFilter;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
 * Spec 1.1–1.4. Thin: parse and validate input, delegate to {@link ConversationService}, shape
 * output.
 */
@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Conversations", description = "The inbox: one conversation per contact and channel")
public class ConversationResource {
  static final String CHANNELS = "SMS, WhatsApp, Email";

  private CurrentCaller caller;
  private ConversationService conversations;
  private ConversationSearchService search;

  protected ConversationResource() {}

  @Inject
  public ConversationResource(
      CurrentCaller caller, ConversationService conversations, ConversationSearchService search) {
    this.caller = caller;
    this.conversations = conversations;
    this.search = search;
  }

  @GET
  @Operation(
      operationId = "listConversations",
      summary = "List conversations (spec 1.1)",
      description =
          "Conversations visible to the caller (ADMIN: all; USER: contacts they own or follow, or that have no owner). "
              + "filter=unread: unreadCount > 0; starred: starred ones; recents: last activity within chat.conversations.recent-days (default 30); "
              + "all: everything. search matches contact name, username, emails and phones: on PostgreSQL every word, the last "
              + "one as a prefix, accents and case folded, a phone fragment also by its digits (text without a letter or digit: "
              + "substring); on the embedded database a case-insensitive substring. sort orders by last message time (creation time before the first message).")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content = @Content(schema = @Schema(implementation = ConversationPageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public ConversationPageResponse list(
      @QueryParam("filter")
          @Parameter(
              description = "Default all",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"unread", "recents", "starred", "all"},
                      defaultValue = "all"))
          String filter,
      @QueryParam("search")
          @Parameter(description = "Contact name, email or phone (at most 200 characters)")
          String search,
      @QueryParam("sort")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"latest", "oldest"},
                      defaultValue = "latest"))
          String sort,
      @BeanParam PageParams paging,
      @QueryParam("cursor")
          @Parameter(
              description =
                  "meta.nextCursor of the previous page: the rows right after it, at the same cost"
                      + " at any depth (keyset); page then only labels the answer. Without it, page"
                      + " skips (page - 1) × pageSize rows, which costs more the deeper it goes.",
              schema = @Schema(type = SchemaType.STRING, maxLength = 120))
          String cursor,
      @QueryParam("channel")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"SMS", "WhatsApp", "Email"}))
          String channel,
      @QueryParam("status")
          @Parameter(
              description = "Our addition (#18). Default: every status",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"open", "pending", "snoozed", "resolved"}))
          String status,
      @QueryParam("assignee")
          @Parameter(
              description =
                  "Our addition (#18): me, unassigned, or a user id. Default: anyone or nobody",
              schema = @Schema(type = SchemaType.STRING, maxLength = 36))
          String assignee,
      @QueryParam("team")
          @Parameter(
              description = "Our addition (#18): a team id. Default: any team or none",
              schema = @Schema(type = SchemaType.STRING, maxLength = 36))
          String team) {
    QueryParams params = new QueryParams();
    WorkflowFilter workflow = workflowFilter(params, status, assignee, team);
    ConversationFilter f =
        params.choice(
            "filter",
            filter,
            ConversationFilter::fromWireName,
            ConversationFilter.ALL,
            "unread, recents, starred, all");
    ConversationSort s =
        params.choice(
            "sort",
            sort,
            ConversationSort::fromWireName,
            ConversationSort.LATEST,
            "latest, oldest");
    Optional<Channel> ch =
        params.optionalChoice("channel", channel, Channel::fromWireName, CHANNELS);
    Optional<String> text = params.text("search", search, ConversationCriteria.MAX_SEARCH_LENGTH);
    PageRequest pageRequest = paging.read(params);
    Optional<ConversationCursor> after = cursor(params, cursor);
    params.validate();
    Page<ConversationView> result =
        conversations.list(caller.get(), f, ch, text, s, pageRequest, after, workflow);
    return new ConversationPageResponse(
        true,
        new ConversationPage(
            result.items().stream().map(ConversationOutput::of).toList(),
            ConversationPageMeta.of(result)));
  }

  private WorkflowFilter workflowFilter(
      QueryParams params, String status, String assignee, String team) {
    Optional<ConversationStatus> st =
        params.optionalChoice(
            "status", status, ConversationStatus::fromWireName, "open, pending, snoozed, resolved");
    Optional<Optional<UUID>> who = Optional.empty();
    if (assignee != null && !assignee.isEmpty()) {
      if (assignee.equals("me")) {
        who = Optional.of(Optional.of(caller.get().userId()));
      } else if (assignee.equals("unassigned")) {
        who = Optional.of(Optional.empty());
      } else if (Ids.parse(assignee).isPresent()) {
        who = Optional.of(Ids.parse(assignee));
      } else {
        params.reject("assignee", "must be me, unassigned or a user id");
      }
    }
    Optional<UUID> teamId = Optional.empty();
    if (team != null && !team.isEmpty()) {
      teamId = Ids.parse(team);
      if (teamId.isEmpty()) {
        params.reject("team", "must be a team id");
      }
    }
    return new WorkflowFilter(st, who, teamId);
  }

  @GET
  @Path("counts")
  @Operation(
      operationId = "countConversations",
      summary = "Counts for the inbox tabs (#18)",
      description =
          "Our addition. Visible conversations per status, and assigned to the caller (mine), "
              + "unassigned and all — within status when given — in one statement.")
  @APIResponse(
      responseCode = "200",
      description = "The counts",
      content = @Content(schema = @Schema(implementation = ConversationCountsResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public ConversationCountsResponse counts(
      @QueryParam("status")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"open", "pending", "snoozed", "resolved"}))
          String status) {
    QueryParams params = new QueryParams();
    Optional<ConversationStatus> st =
        params.optionalChoice(
            "status", status, ConversationStatus::fromWireName, "open, pending, snoozed, resolved");
    params.validate();
    return new ConversationCountsResponse(
        true, ConversationCountsOutput.of(conversations.counts(caller.get(), st)));
  }

  private static Optional<ConversationCursor> cursor(QueryParams params, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ConversationCursor.decode(raw.trim()));
    } catch (IllegalArgumentException e) {
      params.reject("cursor", "must be the meta.nextCursor of an earlier page");
      return Optional.empty();
    }
  }

  @GET
  @Path("search")
  @Operation(
      operationId = "searchConversations",
      summary = "Search conversations (spec 4.1)",
      description =
          "Visible conversations whose contact (name, username, emails, phones; a phone fragment also by its digits) or "
              + "messages match q, best match first, at most 50. On PostgreSQL every word must match, the last one also as a "
              + "prefix, accents and case folded; ranked by where the words were found (contact data exactly, contact data "
              + "by prefix, then message words), then most recent first; misspelt names are found by trigram similarity when "
              + "the words find fewer than 50. filter and channel narrow the result as in the list. At most "
              + "chat.search.max-concurrent (default 4) searches run at once on a server: the next one answers 503 "
              + "/problems/unavailable with Retry-After at once; so does a search the database cannot finish within "
              + "chat.search.timeout-ms (default 2000).")
  @APIResponse(
      responseCode = "200",
      description = "Best matches first",
      content = @Content(schema = @Schema(implementation = ConversationListResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "503", ref = "#/components/responses/ServiceUnavailable")
  public ConversationListResponse search(
      @QueryParam("q") @Parameter(required = true, description = "1..200 characters") String q,
      @QueryParam("filter")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"unread", "recents", "starred", "all"},
                      defaultValue = "all"))
          String filter,
      @QueryParam("channel")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"SMS", "WhatsApp", "Email"}))
          String channel) {
    QueryParams params = new QueryParams();
    Optional<String> text = params.text("q", q, ConversationCriteria.MAX_SEARCH_LENGTH);
    if (q == null || q.isBlank()) {
      params.reject("q", "is required");
    }
    ConversationFilter f =
        params.choice(
            "filter",
            filter,
            ConversationFilter::fromWireName,
            ConversationFilter.ALL,
            "unread, recents, starred, all");
    Optional<Channel> ch =
        params.optionalChoice("channel", channel, Channel::fromWireName, CHANNELS);
    params.validate();
    return new ConversationListResponse(
        true,
        search.search(caller.get(), text.orElseThrow(), f, ch).stream()
            .map(ConversationOutput::of)
            .toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "openConversation",
      summary = "Open the conversation with a contact on a channel",
      description =
          "Our addition. One conversation per contact and channel: answers 201 with a new one, or 200 with the existing one. "
              + "The contact must be visible and reachable on the channel (a phone for SMS/WhatsApp, an email for Email).")
  @APIResponse(
      responseCode = "200",
      description = "It already existed",
      content = @Content(schema = @Schema(implementation = ConversationResponse.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ConversationResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public Response open(@Valid @NotNull OpenConversationRequest request) {
    QueryParams params = new QueryParams();
    Channel ch =
        params
            .optionalChoice("channel", request.channel(), Channel::fromWireName, CHANNELS)
            .orElse(null);
    if (request.channel() != null && request.channel().isBlank()) {
      params.reject("channel", "must be one of " + CHANNELS);
    }
    params.validate();
    OpenedConversation opened =
        conversations.open(caller.get(), UUID.fromString(request.contactId()), ch);
    return Response.status(opened.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(ConversationResponse.of(ConversationOutput.of(opened.conversation())))
        .build();
  }

  @GET
  @Path("{conversationId}")
  @Operation(operationId = "getConversation", summary = "Get one conversation (spec 1.2)")
  @APIResponse(
      responseCode = "200",
      description = "The conversation",
      content = @Content(schema = @Schema(implementation = ConversationResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public ConversationResponse get(@PathParam("conversationId") String conversationId) {
    return ConversationResponse.of(
        ConversationOutput.of(conversations.get(caller.get(), id(conversationId))));
  }

  @PATCH
  @Path("{conversationId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateConversation",
      summary =
          "Star/unstar, mark read or unread (spec 1.3); status, snooze, assignee and team (#18)",
      description =
          "Each status, assignee or team change is recorded as an activity entry of the"
              + " conversation's messages (senderType activity) and announced as new_message and"
              + " conversation_update events.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateConversationRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The updated conversation",
      content = @Content(schema = @Schema(implementation = ConversationResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  public ConversationResponse update(
      @PathParam("conversationId") String conversationId, JsonValue body) {
    UUID id = id(conversationId);
    ConversationChanges changes = ConversationPatch.parse(body);
    return ConversationResponse.of(
        ConversationOutput.of(conversations.update(caller.get(), id, changes)));
  }

  @DELETE
  @Path("{conversationId}")
  @Operation(
      operationId = "deleteConversation",
      summary = "Delete a conversation and its messages (spec 1.4; ADMIN only)")
  @APIResponse(
      responseCode = "200",
      description = "Deleted",
      content = @Content(schema = @Schema(implementation = MessageTextResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public MessageTextResponse delete(@PathParam("conversationId") String conversationId) {
    conversations.delete(caller.get(), id(conversationId));
    return MessageTextResponse.of("Conversation deleted");
  }

  /** A malformed id names no conversation: 404 like an unknown one. */
  static UUID id(String raw) {
    return Ids.parse(raw).orElseThrow(UnknownConversationException::new);
  }
}
