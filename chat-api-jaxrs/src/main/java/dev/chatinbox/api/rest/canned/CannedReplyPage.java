package dev.chatinbox.api.rest.canned;

import dev.chatinbox.api.rest.common.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code { data: CannedReplyOutput[], meta }} (decisions.md: a list's data carries its meta). */
@Schema(name = "CannedReplyPage")
public record CannedReplyPage(
    @Schema(required = true) List<CannedReplyOutput> data,
    @Schema(required = true) PageMeta meta) {}
