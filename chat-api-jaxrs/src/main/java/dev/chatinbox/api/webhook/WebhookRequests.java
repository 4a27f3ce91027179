package dev.chatinbox.api.webhook;

import dev.chatinbox.api.problem.ProblemType;
import dev.chatinbox.api.problem.Problems;
import dev.chatinbox.core.application.inbound.CarrierWebhooks;
import dev.chatinbox.core.application.messaging.OutboundSettings;
import dev.chatinbox.core.spi.carrier.CarrierWebhook;
import dev.chatinbox.core.spi.carrier.WebhookRequest;
import dev.chatinbox.core.spi.carrier.WebhookVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every webhook endpoint does: hand the raw request (public URL, headers, body, form or parts)
 * to the carrier adapters through {@link CarrierWebhooks}, and answer what the adapter says — its
 * reply once recorded, 403 problem+json when it refused the request, 404 when no carrier owns the
 * path. Nothing carrier-specific is known here.
 */
@ApplicationScoped
public class WebhookRequests {
  private static final Logger LOG = Logger.getLogger(WebhookRequests.class.getName());

  private OutboundSettings settings;
  private CarrierWebhooks webhooks;
  private WebhookRefusals refusals;

  protected WebhookRequests() {}

  @Inject
  public WebhookRequests(
      OutboundSettings settings, CarrierWebhooks webhooks, WebhookRefusals refusals) {
    this.settings = settings;
    this.webhooks = webhooks;
    this.refusals = refusals;
  }

  /** A form POST ({@code application/x-www-form-urlencoded}). */
  public Response form(UriInfo uri, HttpHeaders headers, MultivaluedMap<String, String> form) {
    return handle(uri, headers, new byte[0], form == null ? Map.of() : form, List.of());
  }

  /** A POST whose raw body matters (JSON, signed over its bytes). */
  public Response body(UriInfo uri, HttpHeaders headers, byte[] body) {
    return handle(uri, headers, body, Map.of(), List.of());
  }

  /** A {@code multipart/form-data} POST. */
  public Response multipart(UriInfo uri, HttpHeaders headers, List<EntityPart> parts) {
    List<WebhookRequest.Part> read = new ArrayList<>();
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      try (InputStream in = part.getContent()) {
        read.add(
            new WebhookRequest.Part(
                part.getName(),
                part.getFileName(),
                Optional.ofNullable(part.getMediaType()).map(Object::toString),
                in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return handle(uri, headers, new byte[0], Map.of(), read);
  }

  private Response handle(
      UriInfo uri,
      HttpHeaders headers,
      byte[] body,
      Map<String, List<String>> form,
      List<WebhookRequest.Part> parts) {
    String path = uri.getRequestUri().getRawPath();
    int at = path.indexOf(CarrierWebhook.BASE_PATH);
    String route = at < 0 ? "" : path.substring(at + CarrierWebhook.BASE_PATH.length());
    WebhookRequest request =
        new WebhookRequest(
            route,
            publicUrl(uri),
            headers.getRequestHeaders(),
            uri.getQueryParameters(),
            body,
            form,
            parts);
    Optional<WebhookVerdict> verdict = webhooks.handle(request);
    if (verdict.isEmpty()) {
      return Problems.response(
          Problems.problem(ProblemType.NOT_FOUND, "No carrier webhook at this path", path, null));
    }
    if (verdict.get() instanceof WebhookVerdict.Refused refused) {
      refusals.record(refused.webhook()); // counted, not logged one by one (issue #17)
      LOG.log(
          Level.FINE,
          "Refused a {0} webhook request: signature or secret did not match",
          refused.webhook());
      return Problems.response(
          Problems.problem(
              ProblemType.FORBIDDEN,
              "The request is not signed by the carrier (signature or secret missing or wrong)",
              path,
              null));
    }
    WebhookVerdict.Reply reply = verdict.get().reply();
    Response.ResponseBuilder answer = Response.status(reply.status());
    if (reply.body() != null) {
      answer.entity(reply.body()).type(reply.contentType());
    }
    return answer.build();
  }

  /**
   * The URL the carrier called: the configured public base URL ({@code chat.public-base-url}) with
   * this request's path and query, because behind a proxy or tunnel the server sees another host;
   * the request's own URL when no public base URL is set.
   */
  String publicUrl(UriInfo uri) {
    URI request = uri.getRequestUri();
    String pathAndQuery =
        request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
    return settings.publicBaseUrl().map(base -> base + pathAndQuery).orElse(request.toString());
  }
}
