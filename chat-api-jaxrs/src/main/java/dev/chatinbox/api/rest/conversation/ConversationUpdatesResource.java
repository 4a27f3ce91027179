package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.realtime.InboxUpdatesService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Polling for changes (spec 5, option B), on the change log. */
@Path("conversations/updates")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Conversations")
public class ConversationUpdatesResource {
  /** As many conversations as a client may name in one poll. */
  static final int MAX_CONVERSATION_IDS = 200;

  private CurrentCaller caller;
  private InboxUpdatesService updates;

  protected ConversationUpdatesResource() {}

  @Inject
  public ConversationUpdatesResource(CurrentCaller caller, InboxUpdatesService updates) {
    this.caller = caller;
    this.updates = updates;
  }

  @GET
  @Operation(
      operationId = "pollUpdates",
      summary = "What changed since the last poll (spec 5, option B)",
      description =
          "Pass the cursor of the previous answer: every change (new message, status change,"
              + " conversation update or deletion) visible to the caller is then returned exactly"
              + " once, in commit order, even for writes committed in the same millisecond. The"
              + " spec's lastUpdate (ISO 8601 with offset) is honoured when no cursor is given"
              + " (changes that happened after it); with neither, the answer is empty and carries"
              + " the current cursor. At most 500 changes per answer (hasMore says when more wait)."
              + " Each message or conversation appears once, in its current state.")
  @APIResponse(
      responseCode = "200",
      description = "The changes",
      content = @Content(schema = @Schema(implementation = ConversationUpdatesResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public ConversationUpdatesResponse poll(
      @QueryParam("lastUpdate")
          @Parameter(description = "ISO 8601 with offset", schema = @Schema(format = "date-time"))
          String lastUpdate,
      @QueryParam("conversationIds")
          @Parameter(
              description =
                  "Only these conversations: repeated or comma-separated, at most 200 (our"
                      + " reading of the spec's array). An id that is not a conversation the"
                      + " caller may see (unknown, invisible or deleted) is 404, as everywhere.")
          List<String> conversationIds,
      @QueryParam("cursor")
          @Parameter(description = "The cursor of the previous answer (our addition)")
          String cursor) {
    QueryParams params = new QueryParams();
    Optional<Instant> since = params.timestamp("lastUpdate", lastUpdate);
    Set<UUID> ids = params.ids("conversationIds", conversationIds, MAX_CONVERSATION_IDS);
    Optional<Long> position = params.position("cursor", cursor);
    params.validate();
    return new ConversationUpdatesResponse(
        true,
        ConversationUpdatesOutput.of(
            updates.updates(
                caller.get(),
                position,
                since,
                ids.isEmpty() ? Optional.empty() : Optional.of(ids))));
  }
}
