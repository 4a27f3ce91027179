package dev.chatinbox.api.rest.team;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamListResponse")
public record TeamListResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) List<TeamOutput> data) {}
