package dev.chatinbox.api.rest.contact;

import dev.chatinbox.api.rest.common.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code { data: ContactOutput[], meta }}. */
@Schema(name = "ContactPage")
public record ContactPage(
    @Schema(required = true) List<ContactOutput> data, @Schema(required = true) PageMeta meta) {}
