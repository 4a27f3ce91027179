package dev.chatinbox.api.rest.common;

import dev.chatinbox.core.domain.shared.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Paging metadata of the conversation list (spec 1.1). */
@Schema(name = "PageMeta", description = "Where this page sits in the whole result.")
public record PageMeta(
    @Schema(
            description =
                "Rows matching the query across all pages: counted exactly up to"
                    + " chat.list.exact-total-limit (1,000), an estimate from the database's"
                    + " statistics above that (see totalExact)",
            required = true)
        long total,
    @Schema(description = "1-based page number", required = true) int page,
    @Schema(description = "Rows per page (1..200)", required = true) int pageSize,
    @Schema(description = "Pages the total fills; 0 when nothing matches", required = true)
        int totalPages,
    @Schema(
            description =
                "Whether total was counted (true) or estimated (false, large results only)",
            required = true)
        boolean totalExact) {

  public static PageMeta of(Page<?> page) {
    return new PageMeta(
        page.total(),
        page.request().page(),
        page.request().pageSize(),
        page.totalPages(),
        page.totalExact());
  }
}
