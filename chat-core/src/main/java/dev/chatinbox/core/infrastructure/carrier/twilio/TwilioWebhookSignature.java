package dev.chatinbox.core.infrastructure.carrier.twilio;

import com.twilio.security.RequestValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Checks {@code X-Twilio-Signature} with the Twilio SDK's {@link RequestValidator}: HMAC-SHA1,
 * keyed with the auth token, over the URL Twilio called followed by the form parameters sorted by
 * name. The URL must be the public one (behind a proxy the server sees another), which is why the
 * caller passes it in. Without an auth token nothing is valid.
 */
@ApplicationScoped
public class TwilioWebhookSignature {
  private TwilioSettings settings;

  protected TwilioWebhookSignature() {}

  @Inject
  public TwilioWebhookSignature(TwilioSettings settings) {
    this.settings = settings;
  }

  /**
   * Whether {@code signature} is Twilio's signature of this request.
   *
   * @param publicUrl the full URL Twilio called, query string included
   * @param formParameters the POSTed form fields
   */
  public boolean valid(String publicUrl, Map<String, String> formParameters, String signature) {
    if (signature == null || signature.isBlank() || settings.authToken().isEmpty()) {
      return false;
    }
    return new RequestValidator(settings.authToken().get())
        .validate(publicUrl, formParameters, signature);
  }
}
