package dev.chatinbox.core.spi.carrier;

/**
 * A carrier's incoming webhooks: verifies that a request is the carrier's and reads it into our own
 * types. Each adapter answers the routes (paths under {@code /api/v1/webhooks/}) it owns; the API
 * passes every webhook request through {@code application.inbound.CarrierWebhooks} to the one
 * adapter that owns its route, so adding a carrier adds no endpoint.
 */
public interface CarrierWebhook {
  /** Where webhooks are served, under the server's public base URL; routes are relative to it. */
  String BASE_PATH = "/api/v1/webhooks/";

  /** Whether this adapter owns the route (e.g. {@code twilio/sms/status}). */
  boolean owns(String route);

  /**
   * Verifies and reads a request of one of its routes.
   *
   * @return {@link WebhookVerdict.Refused} when the request is not verifiably the carrier's;
   *     otherwise what to record and what to answer
   * @throws dev.chatinbox.core.domain.shared.InvalidInputException when a verified request is
   *     malformed (400 naming the fields)
   */
  WebhookVerdict read(WebhookRequest request);
}
