package dev.chatinbox.api.rest.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamResponse")
public record TeamResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) TeamOutput data) {}
