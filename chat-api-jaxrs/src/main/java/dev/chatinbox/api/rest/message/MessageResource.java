package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.rest.common.PageParams;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.messaging.MessageHistoryService;
import dev.chatinbox.core.application.messaging.SendEmail;
import dev.chatinbox.core.application.messaging.SendMessageService;
import dev.chatinbox.core.application.messaging.SendQuota;
import dev.chatinbox.core.application.messaging.SendText;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.message.MessageCriteria;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
  private SendMessageService sender;
  private SendQuota quota;

  protected MessageResource() {}

  @Inject
  public MessageResource(
      CurrentCaller caller,
      MessageHistoryService history,
      SendMessageService sender,
      SendQuota quota) {
    this.caller = caller;
    this.history = history;
    this.sender = sender;
    this.quota = quota;
  }

  @POST
  @Path("sms")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "sendSms", summary = "Send an SMS (spec 2.2)", description = SEND_RULES)
  @APIResponse(
      responseCode = "201",
      description = "Stored and queued (or scheduled)",
      content = @Content(schema = @Schema(implementation = MessageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
  public Response sendSms(
      @PathParam("conversationId") String conversationId, @NotNull SendSmsRequest request) {
    SendInputs inputs = new SendInputs();
    Optional<Instant> at = inputs.scheduledAt(request.scheduledAt());
    inputs.validate();
    return created(
        text(
            conversationId,
            new SendText(
                Channel.SMS,
                request.message(),
                Optional.ofNullable(request.from()),
                request.to(),
                at,
                Optional.empty(),
                Map.of())));
  }

  @POST
  @Path("whatsapp")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "sendWhatsApp",
      summary = "Send a WhatsApp message (spec 2.3)",
      description =
          SEND_RULES
              + " Free-form text only within 24 hours of the contact's last WhatsApp message; outside it, 409 /problems/whatsapp-window unless contentSid names an approved template.")
  @APIResponse(
      responseCode = "201",
      description = "Stored and queued (or scheduled)",
      content = @Content(schema = @Schema(implementation = MessageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
  public Response sendWhatsApp(
      @PathParam("conversationId") String conversationId, @NotNull SendWhatsAppRequest request) {
    SendInputs inputs = new SendInputs();
    Optional<Instant> at = inputs.scheduledAt(request.scheduledAt());
    Map<String, String> variables = inputs.templateVariables(request.contentVariables());
    inputs.validate();
    return created(
        text(
            conversationId,
            new SendText(
                Channel.WHATSAPP,
                request.message(),
                Optional.ofNullable(request.from()),
                request.to(),
                at,
                Optional.ofNullable(request.contentSid()).filter(s -> !s.isBlank()),
                variables)));
  }

  @POST
  @Path("email")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "sendEmail",
      summary = "Send an email (spec 2.4)",
      description =
          SEND_RULES
              + " fromEmail must be a verified sender; body is required; subject too, unless the contact wrote an email on the"
              + " conversation: then the send answers the latest one (In-Reply-To and References name it and its thread, so"
              + " the contact's mail client threads it) and its subject defaults to 'Re: ' and that email's subject;"
              + " cc/bcc take a comma-separated string or an array;"
              + " attachments are base64 (10 MB per file, 30 MB in all: 413 beyond; executables refused). HTML is sanitised and a"
              + " plain-text alternative generated. Stored attachments are served at metadata.attachments[].url.")
  @APIResponse(
      responseCode = "201",
      description = "Stored and queued (or scheduled)",
      content = @Content(schema = @Schema(implementation = MessageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
  public Response sendEmail(
      @PathParam("conversationId") String conversationId, @NotNull SendEmailRequest request) {
    SendInputs inputs = new SendInputs();
    Optional<Instant> at = inputs.scheduledAt(request.scheduledAt());
    List<String> cc = inputs.addresses("cc", request.cc());
    List<String> bcc = inputs.addresses("bcc", request.bcc());
    List<SendEmail.Attachment> files = inputs.attachments(request.attachments());
    inputs.validate();
    return created(
        email(
            conversationId,
            new SendEmail(
                request.fromName(),
                request.fromEmail(),
                request.to(),
                cc,
                bcc,
                request.subject(),
                request.body(),
                files,
                at)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "sendMessage",
      summary = "Send on any channel (spec 2.5)",
      description =
          SEND_RULES
              + " Routed by channel, with the same rules as the channel's own endpoint. 'to' may be left out: the contact's primary phone or email is used.")
  @APIResponse(
      responseCode = "201",
      description = "Stored and queued (or scheduled)",
      content = @Content(schema = @Schema(implementation = MessageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
  public Response send(
      @PathParam("conversationId") String conversationId, @NotNull SendMessageRequest request) {
    return created(routed(conversationId, request, false));
  }

  @POST
  @Path("schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "scheduleMessage",
      summary = "Schedule a message (spec 9.1)",
      description =
          "The generic send (spec 2.5) with scheduledAt required: the channel's fields, validated by the same rules, "
              + "then stored with status scheduled. scheduledAt is ISO 8601 with an offset, in the future and within "
              + "chat.schedule.horizon (default P365D) — else 400 naming scheduledAt. The outbox sends it when due (also "
              + "after a restart: messages due while the server was down go at start, with metadata.scheduledLatenessMs); "
              + "do-not-disturb and the recipient are checked again then (failed with metadata.errorCode DND). Cancel with "
              + "DELETE /scheduled-messages/{id}; list with GET /scheduled-messages.")
  @APIResponse(
      responseCode = "201",
      description = "Scheduled",
      content = @Content(schema = @Schema(implementation = ScheduledMessageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
  public Response schedule(
      @PathParam("conversationId") String conversationId, @NotNull SendMessageRequest request) {
    MessageView scheduled = routed(conversationId, request, true);
    return Response.status(Response.Status.CREATED)
        .entity(new ScheduledMessageResponse(true, ScheduledMessageOutput.of(scheduled)))
        .build();
  }

  /**
   * The generic send, routed by channel; {@code scheduleOnly} makes {@code scheduledAt} required.
   */
  private MessageView routed(
      String conversationId, SendMessageRequest request, boolean scheduleOnly) {
    QueryParams params = new QueryParams();
    Optional<Channel> channel =
        params.optionalChoice(
            "channel", request.channel(), Channel::fromWireName, "SMS, WhatsApp, Email");
    if (request.channel() == null) {
      params.reject("channel", "is required");
    } else if (request.channel().isBlank()) {
      params.reject("channel", "must be one of SMS, WhatsApp, Email");
    }
    if (scheduleOnly && (request.scheduledAt() == null || request.scheduledAt().isBlank())) {
      params.reject("scheduledAt", "is required");
    }
    params.validate();
    SendInputs inputs = new SendInputs();
    Optional<Instant> at = inputs.scheduledAt(request.scheduledAt());
    List<String> cc = inputs.addresses("cc", request.cc());
    List<String> bcc = inputs.addresses("bcc", request.bcc());
    Map<String, String> variables = inputs.templateVariables(request.contentVariables());
    inputs.validate();
    if (channel.get() == Channel.EMAIL) {
      return email(
          conversationId,
          new SendEmail(
              request.fromName(),
              request.fromEmail(),
              request.to(),
              cc,
              bcc,
              request.subject(),
              request.body(),
              List.of(),
              at));
    }
    return text(
        conversationId,
        new SendText(
            channel.get(),
            request.message(),
            Optional.ofNullable(request.from()),
            request.to(),
            at,
            Optional.ofNullable(request.contentSid()).filter(s -> !s.isBlank()),
            variables));
  }

  static final String SEND_RULES =
      "The message is stored (status queued, or scheduled with scheduledAt) in the same transaction as the conversation's"
          + " last message, answered with 201, and handed to the carrier by the outbox; its status then follows the carrier"
          + " (sent, delivered, read, failed with metadata.errorCode). 'to' must be one of the contact's addresses. A contact"
          + " with do-not-disturb on the channel (or dndAll) is refused with 409 /problems/dnd. Send limits shared by every node"
          + " (per user a minute, optionally per user and per installation a day): 429 /problems/rate-limited with Retry-After.";

  private MessageView text(String conversationId, SendText send) {
    Caller who = caller.get();
    quota.take(who.userId());
    return sender.sendText(who, conversation(conversationId), send);
  }

  private MessageView email(String conversationId, SendEmail send) {
    Caller who = caller.get();
    quota.take(who.userId());
    return sender.sendEmail(who, conversation(conversationId), send);
  }

  private static Response created(MessageView message) {
    return Response.status(Response.Status.CREATED)
        .entity(new MessageResponse(true, MessageOutput.of(message)))
        .build();
  }

  private static java.util.UUID conversation(String raw) {
    return Ids.parse(raw).orElseThrow(UnknownConversationException::new);
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
      @BeanParam PageParams paging,
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
    PageRequest pageRequest = paging.read(params);
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
