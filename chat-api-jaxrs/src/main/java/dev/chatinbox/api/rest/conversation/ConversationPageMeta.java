package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.api.rest.common.PageMeta;
import dev.chatinbox.core.domain.shared.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Paging metadata of the conversation list (spec 1.1), with its keyset continuation. */
@Schema(name = "ConversationPageMeta", description = PageMeta.DESCRIPTION)
public record ConversationPageMeta(
    @Schema(description = PageMeta.TOTAL, required = true) long total,
    @Schema(description = "1-based page number (as asked for)", required = true) int page,
    @Schema(description = PageMeta.PAGE_SIZE, required = true) int pageSize,
    @Schema(description = PageMeta.TOTAL_PAGES, required = true) int totalPages,
    @Schema(description = PageMeta.TOTAL_EXACT, required = true) boolean totalExact,
    @Schema(
            description =
                "Pass as cursor= to get the rows after this page at constant cost (keyset);"
                    + " absent on the last page")
        String nextCursor) {

  static ConversationPageMeta of(Page<?> page) {
    return new ConversationPageMeta(
        page.total(),
        page.request().page(),
        page.request().pageSize(),
        page.totalPages(),
        page.totalExact(),
        page.next().orElse(null));
  }
}
