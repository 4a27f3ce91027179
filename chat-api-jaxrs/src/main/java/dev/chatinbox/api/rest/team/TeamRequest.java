package dev.chatinbox.api.rest.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /teams} (name required) and {@code PATCH /teams/{id}} (only present fields
 * change), documented here for OpenAPI; the resource reads the body field by field.
 */
@Schema(name = "TeamRequest", description = "Any other field is rejected with 400.")
public record TeamRequest(
    @Schema(maxLength = 100, description = "Unique, case-insensitively") String name,
    @Schema(description = "Default false") Boolean autoAssign,
    @Schema(minimum = "1", maximum = "10000", description = "Default 10") Integer agentCapacity,
    @Schema(description = "SMS, WhatsApp, Email; a channel belongs to one team at most")
        java.util.List<String> inboundChannels) {}
