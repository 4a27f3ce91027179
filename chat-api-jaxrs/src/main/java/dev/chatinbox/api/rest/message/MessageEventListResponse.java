package dev.chatinbox.api.rest.message;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<MessageEventOutput[]>}. */
@Schema(name = "MessageEventListResponse")
public record MessageEventListResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) List<MessageEventOutput> data) {}
