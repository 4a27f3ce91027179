package dev.chatinbox.api.rest.canned;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<{ id, conversationId, body }>}: a canned reply filled in. */
@Schema(name = "RenderedReplyResponse")
public record RenderedReplyResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) Rendered data) {

  /** The reply's body with its variables replaced, for one conversation. */
  @Schema(name = "RenderedReply")
  public record Rendered(
      @Schema(required = true) String id,
      @Schema(required = true) String conversationId,
      @Schema(required = true) String body) {}
}
