package dev.chatinbox.api.rest.user;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<Array<{id, name, username, avatar?, email?}>>} (spec 4.2). */
@Schema(name = "UserMatchListResponse")
public record UserMatchListResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) List<UserMatchOutput> data) {}
