package dev.chatinbox.api.webhook;

import dev.chatinbox.api.problem.ProblemType;
import dev.chatinbox.api.problem.Problems;
import dev.chatinbox.core.application.messaging.OutboundSettings;
import dev.chatinbox.core.infrastructure.carrier.twilio.TwilioWebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the webhooks share: the public URL a carrier called, and the refusal they answer. */
@ApplicationScoped
public class WebhookRequests {
  private static final Logger LOG = Logger.getLogger(WebhookRequests.class.getName());

  private OutboundSettings settings;
  private TwilioWebhookSignature twilio;

  protected WebhookRequests() {}

  @Inject
  public WebhookRequests(OutboundSettings settings, TwilioWebhookSignature twilio) {
    this.settings = settings;
    this.twilio = twilio;
  }

  /** Whether a form POST carries Twilio's signature for the public URL it was sent to. */
  public boolean signedByTwilio(
      UriInfo uri, MultivaluedMap<String, String> form, String signature) {
    return twilio.valid(publicUrl(uri), singleValued(form), signature);
  }

  /**
   * The URL the carrier called: the configured public base URL ({@code chat.public-base-url}) with
   * this request's path and query, because behind a proxy or tunnel the server sees another host;
   * the request's own URL when no public base URL is set.
   */
  public String publicUrl(UriInfo uri) {
    URI request = uri.getRequestUri();
    String pathAndQuery =
        request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
    return settings.publicBaseUrl().map(base -> base + pathAndQuery).orElse(request.toString());
  }

  /** Form fields as the signature algorithms see them: one value per name. */
  public static Map<String, String> singleValued(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    form.forEach(
        (name, list) -> values.put(name, list == null || list.isEmpty() ? "" : list.get(0)));
    return values;
  }

  /** The first value of a form field, or null. */
  public static String field(MultivaluedMap<String, String> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** 403 problem+json for a request whose signature or secret did not check out. */
  public Response refused(String webhook, UriInfo uri) {
    LOG.log(
        Level.WARNING, "Refused a {0} webhook request: signature or secret did not match", webhook);
    return Problems.response(
        Problems.problem(
            ProblemType.FORBIDDEN,
            "The request is not signed by the carrier (signature or secret missing or wrong)",
            uri.getRequestUri().getPath(),
            null));
  }
}
