package dev.chatinbox.api.rest.note;

import dev.chatinbox.api.rest.common.MessageTextResponse;
import dev.chatinbox.api.rest.common.PageMeta;
import dev.chatinbox.api.rest.common.PageParams;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.note.MentionService;
import dev.chatinbox.core.application.view.MentionView;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own mentions in notes. */
@Path("mentions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Notes", description = "Private notes and mentions (issue #18)")
public class MentionResource {
  private CurrentCaller caller;
  private MentionService mentions;

  protected MentionResource() {}

  @Inject
  public MentionResource(CurrentCaller caller, MentionService mentions) {
    this.caller = caller;
    this.mentions = mentions;
  }

  @GET
  @Operation(
      operationId = "listMentions",
      summary = "List the caller's mentions",
      description =
          "Our addition. The notes that named the caller, newest first, in conversations the caller"
              + " may (still) see; unread=true: only those not marked read. CUST: 403.")
  @APIResponse(
      responseCode = "200",
      description = "One page, newest first",
      content = @Content(schema = @Schema(implementation = MentionPageResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public MentionPageResponse list(
      @QueryParam("unread")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.BOOLEAN,
                      description = "true: only unread mentions; absent or false: all"))
          String unread,
      @BeanParam PageParams paging) {
    QueryParams params = new QueryParams();
    Optional<Boolean> onlyUnread =
        params.optionalChoice(
            "unread",
            unread,
            raw ->
                raw.equalsIgnoreCase("true")
                    ? Optional.of(true)
                    : raw.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty(),
            "true, false");
    PageRequest request = paging.read(params);
    params.validate();
    Page<MentionView> found = mentions.list(caller.get(), onlyUnread.orElse(false), request);
    return new MentionPageResponse(
        true,
        new MentionPage(
            found.items().stream().map(MentionOutput::of).toList(), PageMeta.of(found)));
  }

  @POST
  @Path("{mentionId}/read")
  @Operation(
      operationId = "markMentionRead",
      summary = "Mark one of the caller's mentions read",
      description =
          "Our addition. Marking it again keeps the first time. A mention of someone else, or none,"
              + " is 404.")
  @APIResponse(
      responseCode = "200",
      description = "Marked read",
      content = @Content(schema = @Schema(implementation = MessageTextResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public MessageTextResponse markRead(@PathParam("mentionId") String mentionId) {
    mentions.markRead(
        caller.get(),
        Ids.parse(mentionId).orElseThrow(() -> new ObjectNotFoundException("Mention")));
    return MessageTextResponse.of("Mention marked read");
  }
}
