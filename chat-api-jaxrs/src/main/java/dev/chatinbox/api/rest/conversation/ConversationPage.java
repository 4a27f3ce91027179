package dev.chatinbox.api.rest.conversation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code { data: ConversationOutput[], meta }} (spec 1.1). */
@Schema(name = "ConversationPage")
public record ConversationPage(
    @Schema(required = true) List<ConversationOutput> data,
    @Schema(required = true) ConversationPageMeta meta) {}
