package dev.chatinbox.api.rest.integration;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint. The signing secret appears only in the answers that create it. */
@Schema(name = "WebhookEndpointOutput")
public record WebhookEndpointOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String url,
    String description,
    @Schema(
            required = true,
            description =
                "Event types delivered; \"*\" = all: message.received, message.sent,"
                    + " message.status_changed, conversation.updated, conversation.deleted, note.created")
        List<String> eventTypes,
    @Schema(required = true) boolean enabled,
    @Schema(description = "Why the endpoint was disabled (410 Gone, or 3 days of failures)")
        String disabledReason,
    @Schema(description = "Start of the current run of failed attempts") String failingSince,
    @Schema(description = "When the retry of the oldest pending delivery is due")
        String nextAttemptAt,
    @Schema(description = "Until when the previous secret still signs (after a rotation)")
        String previousSecretExpiresAt,
    @Schema(
            description =
                "The signing secret (whsec_ + base64 of 32 bytes): only in the answers of creation and"
                    + " rotate-secret, never again")
        String secret,
    @Schema(required = true) String createdAt,
    @Schema(required = true) String updatedAt) {

  static WebhookEndpointOutput of(WebhookEndpoint e, String secret, Instant now) {
    return new WebhookEndpointOutput(
        e.id().toString(),
        e.url(),
        e.description().orElse(null),
        e.eventTypes(),
        e.enabled(),
        e.disabledReason().orElse(null),
        e.failingSince().map(Timestamps::format).orElse(null),
        e.nextAttemptAt()
            .filter(t -> e.enabled() && e.failingSince().isPresent())
            .map(Timestamps::format)
            .orElse(null),
        e.previousSecretUntil().filter(now::isBefore).map(Timestamps::format).orElse(null),
        secret,
        Timestamps.format(e.createdAt()),
        Timestamps.format(e.updatedAt()));
  }
}
