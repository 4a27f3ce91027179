package dev.chatinbox.api.rest.message;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<{id, scheduledAt, status}>} (spec 9.1, and the cancel's answer). */
@Schema(name = "ScheduledMessageResponse")
public record ScheduledMessageResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ScheduledMessageOutput data) {}
