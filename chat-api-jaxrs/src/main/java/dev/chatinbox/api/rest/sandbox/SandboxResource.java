package dev.chatinbox.api.rest.sandbox;

import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.inbound.InboundOutcome;
import dev.chatinbox.core.application.inbound.SandboxInbound;
import dev.chatinbox.core.domain.shared.Channel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Simulated inbound messages while a channel runs on the sandbox carrier (zero-setup default). */
@Path("sandbox/inbound-messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Sandbox", description = "Only while no real carrier is configured for the channel")
public class SandboxResource {
  private CurrentCaller caller;
  private SandboxInbound sandbox;

  protected SandboxResource() {}

  @Inject
  public SandboxResource(CurrentCaller caller, SandboxInbound sandbox) {
    this.caller = caller;
    this.sandbox = sandbox;
  }

  @POST
  @Operation(
      operationId = "simulateInboundMessage",
      summary = "Receive a message as if a contact had sent it (sandbox only, our addition)",
      description =
          "Takes the same path as Twilio's and SendGrid's inbound webhooks (contact and"
              + " conversation found or created, unread raised, STOP/START honoured) without a"
              + " carrier signature. 404 once a real carrier is configured for the channel.")
  @APIResponse(responseCode = "201", description = "Received")
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public Response simulate(@Valid @NotNull SimulateInboundRequest request) {
    Channel channel = Channel.fromWireName(request.channel()).orElseThrow();
    InboundOutcome outcome =
        sandbox.receive(
            caller.get(),
            channel,
            request.from(),
            request.message(),
            Optional.ofNullable(request.subject()));
    return Response.status(Response.Status.CREATED)
        .entity(
            new InboundMessageResponse(
                true,
                new InboundMessageOutput(
                    outcome.conversationId().toString(), outcome.messageId().toString())))
        .build();
  }
}
