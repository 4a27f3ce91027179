package dev.chatinbox.api.rest.note;

import dev.chatinbox.api.rest.common.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code { data: MentionOutput[], meta }} (decisions.md: a list's data carries its meta). */
@Schema(name = "MentionPage")
public record MentionPage(
    @Schema(required = true) List<MentionOutput> data, @Schema(required = true) PageMeta meta) {}
