package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.messaging.MessageEventsService;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A message's carrier event history (our addition), so support can see why it failed. */
@Path("messages/{messageId}/events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Messages")
public class MessageEventResource {
  private CurrentCaller caller;
  private MessageEventsService events;

  protected MessageEventResource() {}

  @Inject
  public MessageEventResource(CurrentCaller caller, MessageEventsService events) {
    this.caller = caller;
    this.events = events;
  }

  @GET
  @Operation(
      operationId = "listMessageEvents",
      summary = "What the carrier reported about a message, oldest first (our addition)",
      description =
          "Every Twilio status callback, SendGrid event and reconciled status received for the"
              + " message, with the raw status, error code and time received; repeated reports"
              + " appear once.")
  @APIResponse(responseCode = "200", description = "The events")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public MessageEventListResponse list(@PathParam("messageId") String messageId) {
    UUID id = Ids.parse(messageId).orElseThrow(() -> new ObjectNotFoundException("Message"));
    return new MessageEventListResponse(
        true, events.events(caller.get(), id).stream().map(MessageEventOutput::of).toList());
  }
}
