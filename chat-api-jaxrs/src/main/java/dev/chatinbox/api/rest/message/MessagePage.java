package dev.chatinbox.api.rest.message;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code { data: MessageOutput[], meta }} (spec 2.1). */
@Schema(name = "MessagePage")
public record MessagePage(
    @Schema(required = true) List<MessageOutput> data,
    @Schema(required = true) MessagePageMeta meta) {}
