package dev.chatinbox.api.rest.integration;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.domain.webhook.WebhookAttempt;
import dev.chatinbox.core.domain.webhook.WebhookDelivery;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event queued for an endpoint, with its attempts. */
@Schema(name = "WebhookDeliveryOutput")
public record WebhookDeliveryOutput(
    @Schema(required = true) long id,
    @Schema(required = true, description = "The webhook-id header: the event id (a ping: ping_…)")
        String eventId,
    @Schema(required = true) String eventType,
    @Schema(
            required = true,
            type = SchemaType.STRING,
            enumeration = {"pending", "delivered", "failed"})
        String state,
    @Schema(required = true) int attempts,
    @Schema(description = "When a pending delivery is tried next") String nextAttemptAt,
    @Schema(required = true) String createdAt,
    String deliveredAt,
    @Schema(required = true) List<Attempt> attemptLog) {

  /** One attempt. */
  @Schema(name = "WebhookAttemptOutput")
  public record Attempt(
      @Schema(required = true) String attemptedAt,
      @Schema(description = "The answer's HTTP status; absent when none came") Integer statusCode,
      @Schema(required = true) long durationMs,
      String error,
      @Schema(description = "When the next attempt was scheduled") String nextRetryAt) {
    static Attempt of(WebhookAttempt a) {
      return new Attempt(
          Timestamps.format(a.attemptedAt()),
          a.statusCode().orElse(null),
          a.duration().toMillis(),
          a.error().orElse(null),
          a.nextRetryAt().map(Timestamps::format).orElse(null));
    }
  }

  static WebhookDeliveryOutput of(WebhookDelivery d) {
    return new WebhookDeliveryOutput(
        d.id(),
        d.eventId(),
        d.eventType(),
        d.state().wireName(),
        d.attemptsMade(),
        d.nextAttemptAt()
            .filter(t -> d.state() == WebhookDelivery.State.PENDING)
            .map(Timestamps::format)
            .orElse(null),
        Timestamps.format(d.createdAt()),
        d.deliveredAt().map(Timestamps::format).orElse(null),
        d.attempts().stream().map(Attempt::of).toList());
  }
}
