package dev.chatinbox.api.rest.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<{ message: string }>}. */
@Schema(name = "MessageTextResponse")
public record MessageTextResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) MessageText data) {
  public static MessageTextResponse of(String message) {
    return new MessageTextResponse(true, new MessageText(message));
  }
}
