package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.rest.common.PageMeta;
import dev.chatinbox.api.rest.common.PageParams;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.messaging.ScheduledMessageService;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.message.ScheduledMessageCriteria;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Spec 9.2 (cancel) and our list of scheduled sends. Scheduling itself is {@code POST
 * /conversations/{id}/messages/schedule} (or {@code scheduledAt} on any send).
 */
@Path("scheduled-messages")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Scheduled messages", description = "Messages waiting for their scheduledAt")
public class ScheduledMessageResource {
  private static final String STATUSES =
      Arrays.stream(MessageStatus.values())
          .map(MessageStatus::wireName)
          .collect(Collectors.joining(", "));

  private CurrentCaller caller;
  private ScheduledMessageService scheduled;

  protected ScheduledMessageResource() {}

  @Inject
  public ScheduledMessageResource(CurrentCaller caller, ScheduledMessageService scheduled) {
    this.caller = caller;
    this.scheduled = scheduled;
  }

  @GET
  @Operation(
      operationId = "listScheduledMessages",
      summary = "List scheduled messages",
      description =
          "Our addition. Messages sent with a scheduledAt, in the conversations visible to the caller (ADMIN: all; "
              + "USER: contacts they own or follow, or that have no owner), earliest scheduledAt first. status filters "
              + "on what became of them (scheduled = still waiting; cancelled, sent, delivered, failed…); conversationId "
              + "on one conversation (404 when the caller cannot see it). Paged like the other lists. CUST: 403.")
  @APIResponse(
      responseCode = "200",
      description = "One page, earliest scheduledAt first",
      content = @Content(schema = @Schema(implementation = ScheduledMessagePageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public ScheduledMessagePageResponse list(
      @QueryParam("conversationId")
          @Parameter(
              description = "Only this conversation's scheduled messages",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String conversationId,
      @QueryParam("status")
          @Parameter(
              description = "Only messages in this status (scheduled: still waiting)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "scheduled",
                        "queued",
                        "sent",
                        "delivered",
                        "read",
                        "failed",
                        "cancelled"
                      }))
          String status,
      @BeanParam PageParams paging) {
    QueryParams params = new QueryParams();
    Optional<UUID> conversation = Optional.ofNullable(conversationId).flatMap(Ids::parse);
    if (conversationId != null && conversation.isEmpty()) {
      params.reject("conversationId", "must be a conversation id (UUID)");
    }
    Optional<MessageStatus> s =
        params.optionalChoice(
            "status",
            status,
            raw -> MessageStatus.fromWireName(raw.toLowerCase(java.util.Locale.ROOT)),
            STATUSES);
    PageRequest request = paging.read(params);
    params.validate();
    Page<MessageView> found =
        scheduled.list(caller.get(), new ScheduledMessageCriteria(conversation, s), request);
    return new ScheduledMessagePageResponse(
        true,
        new ScheduledMessagePage(
            found.items().stream().map(MessageOutput::of).toList(), PageMeta.of(found)));
  }

  @DELETE
  @Path("{messageId}")
  @Operation(
      operationId = "cancelScheduledMessage",
      summary = "Cancel a scheduled message (spec 9.2)",
      description =
          "Cancels a message still scheduled: its status becomes cancelled and it is never sent. Safe against the "
              + "dispatcher on any node: a message is either cancelled or sent, never both. Already queued, being sent, "
              + "sent, failed or cancelled: 409 /problems/conflict. A message of a conversation the caller cannot see, or "
              + "an unknown id: 404.")
  @APIResponse(
      responseCode = "200",
      description = "Cancelled",
      content = @Content(schema = @Schema(implementation = ScheduledMessageResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  public ScheduledMessageResponse cancel(@PathParam("messageId") String messageId) {
    UUID id =
        Ids.parse(messageId).orElseThrow(() -> new ObjectNotFoundException("Scheduled message"));
    return new ScheduledMessageResponse(
        true, ScheduledMessageOutput.of(scheduled.cancel(caller.get(), id)));
  }
}
