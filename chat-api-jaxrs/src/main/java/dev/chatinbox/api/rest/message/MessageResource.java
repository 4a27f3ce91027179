package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.MessageHistoryService;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.message.MessageCriteria;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Spec 2.1: history of one conversation, newest first. */
@Path("conversations/{conversationId}/messages")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Messages", description = "Messages of a conversation")
public class MessageResource {
  private CurrentCaller caller;
  private MessageHistoryService history;

  protected MessageResource() {}

  @Inject
  public MessageResource(CurrentCaller caller, MessageHistoryService history) {
    this.caller = caller;
    this.history = history;
  }

  @GET
  @Operation(
      operationId = "listMessages",
      summary = "Messages of a conversation (spec 2.1)",
      description =
          "Newest first: page 1 holds the latest messages, higher pages go back in time. before/after keep messages "
              + "strictly before/after an instant (ISO 8601 with offset). hasMore says whether another page follows.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content = @Content(schema = @Schema(implementation = MessagePageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public MessagePageResponse list(
      @PathParam("conversationId") String conversationId,
      @QueryParam("page")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "10000",
                      defaultValue = "1"))
          String page,
      @QueryParam("pageSize")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "200",
                      defaultValue = "50"))
          String pageSize,
      @QueryParam("before")
          @Parameter(
              description = "ISO 8601 date-time: only messages before it",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          String before,
      @QueryParam("after")
          @Parameter(
              description = "ISO 8601 date-time: only messages after it",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          String after) {
    QueryParams params = new QueryParams();
    PageRequest pageRequest = params.page(page, pageSize);
    Optional<Instant> beforeAt = params.timestamp("before", before);
    Optional<Instant> afterAt = params.timestamp("after", after);
    if (beforeAt.isPresent() && afterAt.isPresent() && !afterAt.get().isBefore(beforeAt.get())) {
      params.reject("after", "must be earlier than before");
    }
    params.validate();
    Page<MessageView> result =
        history.history(
            caller.get(),
            Ids.parse(conversationId).orElseThrow(UnknownConversationException::new),
            new MessageCriteria(beforeAt, afterAt),
            pageRequest);
    return new MessagePageResponse(
        true,
        new MessagePage(
            result.items().stream().map(MessageOutput::of).toList(), MessagePageMeta.of(result)));
  }
}
