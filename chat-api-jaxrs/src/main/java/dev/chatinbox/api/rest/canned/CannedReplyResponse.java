package dev.chatinbox.api.rest.canned;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<CannedReplyOutput>}. */
@Schema(name = "CannedReplyResponse")
public record CannedReplyResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) CannedReplyOutput data) {
  public static CannedReplyResponse of(CannedReplyOutput data) {
    return new CannedReplyResponse(true, data);
  }
}
