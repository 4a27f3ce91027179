package dev.chatinbox.api.rest.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<ManualActionOutput>}. */
@Schema(name = "ManualActionResponse")
public record ManualActionResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ManualActionOutput data) {
  public static ManualActionResponse of(ManualActionOutput data) {
    return new ManualActionResponse(true, data);
  }
}
