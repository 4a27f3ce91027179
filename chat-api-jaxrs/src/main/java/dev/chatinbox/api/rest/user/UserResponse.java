package dev.chatinbox.api.rest.user;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<UserOutput>}. */
@Schema(name = "UserResponse")
public record UserResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) UserOutput data) {
  public static UserResponse of(UserOutput data) {
    return new UserResponse(true, data);
  }
}
