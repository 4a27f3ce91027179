package dev.chatinbox.api.rest.note;

import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.api.rest.message.MessageOutput;
import dev.chatinbox.api.rest.message.MessageResponse;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.note.NoteService;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.shared.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Private notes: the team talking about a conversation, never to its contact. */
@Path("conversations/{conversationId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Notes", description = "Private notes and mentions (issue #18)")
public class NoteResource {
  private CurrentCaller caller;
  private NoteService notes;

  protected NoteResource() {}

  @Inject
  public NoteResource(CurrentCaller caller, NoteService notes) {
    this.caller = caller;
    this.notes = notes;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createNote",
      summary = "Write a private note",
      description =
          "Our addition. Stores a message with senderType note (sender: the author's id) in a"
              + " conversation the caller may see (404 otherwise): it shows in GET .../messages and as a"
              + " new_message event (WebSocket and polling) to everyone who may see the conversation,"
              + " and to integrators as note.created. It is never sent to a carrier, is not a reply,"
              + " does not change unread counts, and does not become the conversation's lastMessage"
              + " (spec clients' lists stay as they were). body: 1 to 4096 characters. Each @username"
              + " (letters, digits, . _ -; case-insensitive) must name an active user who may see the"
              + " conversation, else 400 naming them and nothing is written; each named user (other"
              + " than the author) gets a mention: the WebSocket event mention (to them only) and"
              + " GET /mentions.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CreateNoteRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "The note",
      content = @Content(schema = @Schema(implementation = MessageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
  public Response create(@PathParam("conversationId") String conversationId, JsonValue body) {
    JsonFields fields = JsonFields.of(body, Set.of("body"));
    String text = fields.string("body").orElse(null);
    fields.validate();
    var note =
        notes.write(
            caller.get(),
            Ids.parse(conversationId).orElseThrow(UnknownConversationException::new),
            text);
    return Response.status(Response.Status.CREATED)
        .entity(new MessageResponse(true, MessageOutput.of(note)))
        .build();
  }
}
