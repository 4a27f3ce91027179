package dev.chatinbox.api.rest.contact;

import dev.chatinbox.api.rest.common.MessageTextResponse;
import dev.chatinbox.api.rest.common.PageMeta;
import dev.chatinbox.api.rest.common.PageParams;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.contact.ContactDirectoryService;
import dev.chatinbox.core.application.contact.NewContact;
import dev.chatinbox.core.application.view.ContactView;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contact directory (our addition: a UI must find or create a contact to start a conversation).
 */
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Contacts")
public class ContactDirectoryResource {
  private CurrentCaller caller;
  private ContactDirectoryService directory;

  protected ContactDirectoryResource() {}

  @Inject
  public ContactDirectoryResource(CurrentCaller caller, ContactDirectoryService directory) {
    this.caller = caller;
    this.directory = directory;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createContact",
      summary = "Create a contact",
      description =
          "A name and at least a phone (E.164) or an email. A phone or email already used by another contact is 409 /problems/contact-exists.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ContactResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  public Response create(@Valid @NotNull CreateContactRequest request) {
    ContactView created =
        directory.create(
            caller.get(),
            new NewContact(
                request.fullName(),
                Optional.ofNullable(request.email()),
                Optional.ofNullable(request.phone()),
                Optional.ofNullable(request.username()),
                Optional.ofNullable(request.title()),
                Optional.ofNullable(request.profile()),
                Optional.ofNullable(request.ownerId()).map(UUID::fromString)));
    return Response.status(Response.Status.CREATED)
        .entity(new ContactResponse(true, ContactOutput.of(created)))
        .build();
  }

  @GET
  @Operation(
      operationId = "listContacts",
      summary = "Find contacts",
      description =
          "Visible contacts (same rule as conversations) whose name, username, emails or phones contain 'search', by name.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content = @Content(schema = @Schema(implementation = ContactPageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public ContactPageResponse list(
      @QueryParam("search") @Parameter(description = "At most 200 characters") String search,
      @BeanParam PageParams paging) {
    QueryParams params = new QueryParams();
    Optional<String> text = params.text("search", search, ConversationCriteria.MAX_SEARCH_LENGTH);
    PageRequest request = paging.read(params);
    params.validate();
    Page<ContactView> found = directory.search(caller.get(), text, request);
    return new ContactPageResponse(
        true,
        new ContactPage(
            found.items().stream().map(ContactOutput::of).toList(), PageMeta.of(found)));
  }

  @GET
  @Path("{contactId}")
  @Operation(
      operationId = "getDirectoryContact",
      summary = "One contact",
      description =
          "A visible contact (same rule as conversations); one the caller may not see is 404, as one that does not exist.")
  @APIResponse(
      responseCode = "200",
      description = "The contact",
      content = @Content(schema = @Schema(implementation = ContactResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public ContactResponse get(@PathParam("contactId") String contactId) {
    return new ContactResponse(true, ContactOutput.of(directory.find(caller.get(), id(contactId))));
  }

  @PATCH
  @Path("{contactId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateDirectoryContact",
      summary = "Correct a contact",
      description =
          "Only the fields present change; the body of PATCH /conversations/{id}/contact (fullName, title — null "
              + "clears it —, email, phone, ownerId, followers, tags, dndAll) except dnd, which needs a conversation's "
              + "channel: use the conversation's contact for it. Any other field is a 400 naming it; nothing changes when any field is bad. Every conversation of "
              + "the contact shows the change.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateContactRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  public ContactResponse update(@PathParam("contactId") String contactId, JsonValue body) {
    UUID id = id(contactId);
    return new ContactResponse(
        true,
        ContactOutput.of(directory.update(caller.get(), id, ContactPatch.parseDirectory(body))));
  }

  @DELETE
  @Path("{contactId}")
  @Operation(
      operationId = "deleteDirectoryContact",
      summary = "Delete a contact with its conversations and their messages (ADMIN only)",
      description =
          "Every conversation of the contact is deleted with it: WebSocket and polling clients get a "
              + "conversation_deleted per conversation; integrators conversation.deleted per conversation, "
              + "then contact.deleted.")
  @APIResponse(
      responseCode = "200",
      description = "Deleted",
      content = @Content(schema = @Schema(implementation = MessageTextResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public MessageTextResponse delete(@PathParam("contactId") String contactId) {
    directory.delete(caller.get(), id(contactId));
    return MessageTextResponse.of("Contact deleted");
  }

  private static UUID id(String raw) {
    return Ids.parse(raw).orElseThrow(() -> new ObjectNotFoundException("Contact"));
  }
}
