package dev.chatinbox.api.rest.user;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<UserOutput[]>} (spec 7.1). */
@Schema(name = "UserListResponse")
public record UserListResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) List<UserOutput> data) {}
