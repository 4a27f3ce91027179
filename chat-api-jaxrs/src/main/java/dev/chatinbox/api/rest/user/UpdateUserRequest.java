package dev.chatinbox.api.rest.user;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PATCH /users/{id}}, for the OpenAPI document; {@link UserPatch} reads it field by
 * field. Every field is optional; any other field is a 400 naming it.
 */
@Schema(name = "UpdateUserRequest")
public record UpdateUserRequest(
    @Schema(minLength = 1, maxLength = 200) String name,
    @Schema(
            maxLength = 2048,
            nullable = true,
            description = "Avatar URL (http or https); null removes it")
        String avatar,
    @Schema(
            description =
                "The directory's roles, a non-empty subset of ADMIN, USER, CUST. Does not grant or revoke permissions "
                    + "(those follow the token's groups); replaced from the token when the user's token claims change.",
            enumeration = {"ADMIN", "USER", "CUST"})
        List<String> roles,
    @Schema(
            description =
                "false deactivates the account (its tokens get 403), true reactivates it. Not for your own account.")
        Boolean active) {}
