package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.rest.common.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code { data: MessageOutput[], meta }} of scheduled sends, earliest first. */
@Schema(name = "ScheduledMessagePage")
public record ScheduledMessagePage(
    @Schema(required = true) List<MessageOutput> data, @Schema(required = true) PageMeta meta) {}
