package dev.chatinbox.api.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Webhooks of carriers added after the documented ones: any path under {@code webhooks/} that no
 * endpoint above names goes to the carrier adapter that owns it (404 when none does). The spec's
 * webhooks keep their own documented endpoints ({@link TwilioStatusWebhook} and the others), which
 * take precedence (more literal characters in their paths).
 */
@Path("webhooks/{carrier: [a-z0-9-]+}/{route: .+}")
@RequestScoped
public class CarrierWebhookEndpoint {
  private WebhookRequests requests;

  protected CarrierWebhookEndpoint() {}

  @Inject
  public CarrierWebhookEndpoint(WebhookRequests requests) {
    this.requests = requests;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response form(
      @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
    return requests.form(uri, headers, form);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response multipart(
      @Context UriInfo uri, @Context HttpHeaders headers, List<EntityPart> parts) {
    return requests.multipart(uri, headers, parts);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(hidden = true)
  public Response body(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
    return requests.body(uri, headers, body);
  }
}
