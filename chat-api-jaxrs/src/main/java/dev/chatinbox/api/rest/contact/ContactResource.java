package dev.chatinbox.api.rest.contact;

import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.contact.ContactDetailsService;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.shared.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Spec 3.1–3.8: the contact of a conversation. Every operation answers with the updated {@code
 * ContactDetailOutput}; adds and removes are idempotent (adding what is there, or removing what is
 * not, changes nothing and still answers 200).
 */
@Path("conversations/{conversationId}/contact")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(
    name = "Contacts",
    description = "Contacts: details, addresses, owner, followers, tags, do-not-disturb")
public class ContactResource {
  private CurrentCaller caller;
  private ContactDetailsService contacts;

  protected ContactResource() {}

  @Inject
  public ContactResource(CurrentCaller caller, ContactDetailsService contacts) {
    this.caller = caller;
    this.contacts = contacts;
  }

  @GET
  @Operation(operationId = "getContact", summary = "Contact details of a conversation (spec 3.1)")
  @APIResponse(
      responseCode = "200",
      description = "The contact",
      content = @Content(schema = @Schema(implementation = ContactDetailResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public ContactDetailResponse get(@PathParam("conversationId") String conversationId) {
    return ContactDetailResponse.of(contacts.details(caller.get(), id(conversationId)));
  }

  @PATCH
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateContact",
      summary = "Update contact details (spec 3.2)",
      description =
          "Only the fields present change. email/phone become the primary address (added when new); ownerId: an active "
              + "user's id, or null to clear; followers and tags replace the whole set; dnd applies to this conversation's "
              + "channel, dndAll to every channel. Any other field is a 400 naming it; nothing changes when any field is bad.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateContactRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactDetailResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  public ContactDetailResponse update(
      @PathParam("conversationId") String conversationId, JsonValue body) {
    UUID id = id(conversationId);
    return ContactDetailResponse.of(contacts.update(caller.get(), id, ContactPatch.parse(body)));
  }

  @POST
  @Path("emails")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addContactEmail",
      summary = "Add an email (spec 3.3)",
      description =
          "isPrimary moves the primary flag; exactly one email is primary and 'email' mirrors it. An email"
              + " another contact has is 409 /problems/contact-exists.")
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactDetailResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  public ContactDetailResponse addEmail(
      @PathParam("conversationId") String conversationId, @Valid @NotNull AddEmailRequest request) {
    return ContactDetailResponse.of(
        contacts.addEmail(
            caller.get(),
            id(conversationId),
            request.email(),
            Boolean.TRUE.equals(request.isPrimary())));
  }

  @POST
  @Path("phones")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addContactPhone",
      summary = "Add a phone (spec 3.4)",
      description =
          "E.164. isPrimary moves the primary flag; exactly one phone is primary and 'phone' mirrors it. A"
              + " phone another contact has is 409 /problems/contact-exists.")
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactDetailResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  @APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
  public ContactDetailResponse addPhone(
      @PathParam("conversationId") String conversationId, @Valid @NotNull AddPhoneRequest request) {
    return ContactDetailResponse.of(
        contacts.addPhone(
            caller.get(),
            id(conversationId),
            request.phone(),
            Boolean.TRUE.equals(request.isPrimary())));
  }

  @POST
  @Path("tags")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addContactTag",
      summary = "Add a tag (spec 3.5)",
      description =
          "Trimmed, 1..50 characters, unique ignoring case (the first spelling stays); at most 100 tags.")
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactDetailResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public ContactDetailResponse addTag(
      @PathParam("conversationId") String conversationId, @Valid @NotNull AddTagRequest request) {
    return ContactDetailResponse.of(
        contacts.addTag(caller.get(), id(conversationId), request.tag()));
  }

  @DELETE
  @Path("tags/{tag}")
  @Operation(
      operationId = "removeContactTag",
      summary = "Remove a tag (spec 3.6)",
      description = "Ignoring case; removing a tag the contact does not have changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactDetailResponse.class)))
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public ContactDetailResponse removeTag(
      @PathParam("conversationId") String conversationId, @PathParam("tag") String tag) {
    return ContactDetailResponse.of(contacts.removeTag(caller.get(), id(conversationId), tag));
  }

  @POST
  @Path("followers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addContactFollower",
      summary = "Add a follower (spec 3.7)",
      description = "Must be an active user; following twice changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactDetailResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public ContactDetailResponse addFollower(
      @PathParam("conversationId") String conversationId,
      @Valid @NotNull AddFollowerRequest request) {
    return ContactDetailResponse.of(
        contacts.addFollower(caller.get(), id(conversationId), UUID.fromString(request.userId())));
  }

  @DELETE
  @Path("followers/{userId}")
  @Operation(
      operationId = "removeContactFollower",
      summary = "Remove a follower (spec 3.8)",
      description = "Removing someone who does not follow changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The updated contact",
      content = @Content(schema = @Schema(implementation = ContactDetailResponse.class)))
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public ContactDetailResponse removeFollower(
      @PathParam("conversationId") String conversationId, @PathParam("userId") String userId) {
    UUID conversation = id(conversationId);
    UUID user =
        Ids.parse(userId)
            .orElseThrow(
                () -> new dev.chatinbox.core.domain.shared.ObjectNotFoundException("Follower"));
    return ContactDetailResponse.of(contacts.removeFollower(caller.get(), conversation, user));
  }

  private static UUID id(String raw) {
    return Ids.parse(raw).orElseThrow(UnknownConversationException::new);
  }
}
