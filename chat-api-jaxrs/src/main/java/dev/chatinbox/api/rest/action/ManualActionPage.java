package dev.chatinbox.api.rest.action;

import dev.chatinbox.api.rest.common.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code { data: ManualActionOutput[], meta }} (decisions.md: a list's data carries its meta). */
@Schema(name = "ManualActionPage")
public record ManualActionPage(
    @Schema(required = true) List<ManualActionOutput> data,
    @Schema(required = true) PageMeta meta) {}
