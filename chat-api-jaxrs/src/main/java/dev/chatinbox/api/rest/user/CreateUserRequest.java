package dev.chatinbox.api.rest.user;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /users}, for the OpenAPI document; {@link CreateUserBody} reads it field by
 * field.
 */
@Schema(name = "CreateUserRequest")
public record CreateUserRequest(
    @Schema(required = true, pattern = "[A-Za-z0-9._@-]{1,150}", description = "Unique")
        String username,
    @Schema(required = true, minLength = 1, maxLength = 200) String name,
    @Schema(maxLength = 320, description = "Stored lower-cased") String email,
    @Schema(maxLength = 2048, description = "Avatar URL (http or https)") String avatar,
    @Schema(
            required = true,
            description = "Non-empty subset of ADMIN, USER, CUST (the directory's copy)",
            enumeration = {"ADMIN", "USER", "CUST"})
        List<String> roles,
    @Schema(
            maxLength = 255,
            description =
                "The token 'sub' the user will sign in with; defaults to the username. A UUID subject also becomes the user's id.")
        String subject) {}
