package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import dev.chatinbox.core.spi.carrier.CarrierWebhook;
import dev.chatinbox.core.spi.carrier.WebhookRequest;
import dev.chatinbox.core.spi.carrier.WebhookVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * SendGrid's webhooks, under the paths the spec gives them: the signed Event Webhook ({@code
 * twilio/email/status}, spec 6.3; a JSON array of events verified by {@link
 * SendGridWebhookSignature}, recorded in one transaction) and Inbound Parse ({@code
 * twilio/email/inbound}). SendGrid does not sign Inbound Parse posts, so their URL carries a shared
 * secret ({@code chat.sendgrid.inbound-secret}): as the basic-auth password ({@code
 * https://inbound:SECRET@host/...}, which SendGrid supports) or as {@code ?token=SECRET}.
 */
@ApplicationScoped
public class SendGridWebhooks implements CarrierWebhook {
  static final String EVENTS = "twilio/email/status";
  static final String INBOUND = "twilio/email/inbound";
  static final String SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature";
  static final String TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp";

  private SendGridWebhookSignature signature;
  private WebhookSettings settings;

  protected SendGridWebhooks() {}

  @Inject
  public SendGridWebhooks(SendGridWebhookSignature signature, WebhookSettings settings) {
    this.signature = signature;
    this.settings = settings;
  }

  @Override
  public boolean owns(String route) {
    return route.equals(EVENTS) || route.equals(INBOUND);
  }

  @Override
  public WebhookVerdict read(WebhookRequest request) {
    if (request.route().equals(EVENTS)) {
      if (!signature.valid(
          request.header(SIGNATURE).orElse(null),
          request.header(TIMESTAMP).orElse(null),
          request.body())) {
        return new WebhookVerdict.Refused("SendGrid event");
      }
      return new WebhookVerdict.Statuses(
          SendGridEvents.read(request.body()), WebhookVerdict.Reply.NO_CONTENT);
    }
    if (!authorised(request)) {
      return new WebhookVerdict.Refused("SendGrid inbound parse");
    }
    return new WebhookVerdict.EmailReceived(
        SendGridInboundParse.read(request.parts()), WebhookVerdict.Reply.NO_CONTENT);
  }

  private boolean authorised(WebhookRequest request) {
    Optional<String> secret = settings.inboundSecret();
    if (secret.isEmpty()) {
      return false;
    }
    String presented = request.queryParameter("token").orElse(null);
    String authorization = request.header("Authorization").orElse(null);
    if (presented == null && authorization != null && authorization.startsWith("Basic ")) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        presented = colon < 0 ? null : decoded.substring(colon + 1);
      } catch (IllegalArgumentException e) {
        presented = null;
      }
    }
    return presented != null
        && MessageDigest.isEqual(
            presented.getBytes(StandardCharsets.UTF_8),
            secret.get().getBytes(StandardCharsets.UTF_8));
  }
}
