package dev.chatinbox.api.rest.message;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 2.2. */
@Schema(name = "SendSmsRequest")
public record SendSmsRequest(
    @Schema(required = true, maxLength = 1600) String message,
    @Schema(description = "Sender number (E.164); the configured default when absent") String from,
    @Schema(required = true, description = "One of the contact's phone numbers (E.164)") String to,
    @Schema(
            description = "ISO 8601 with offset: send later (then status 'scheduled')",
            format = "date-time")
        String scheduledAt) {}
