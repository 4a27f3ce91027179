package dev.chatinbox.api.rest.common;

import dev.chatinbox.core.domain.shared.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Paging metadata of the paged lists (contacts, manual actions, scheduled messages; the
 * conversation list adds its cursor in {@code ConversationPageMeta}, whose fields share these
 * descriptions).
 */
@Schema(name = "PageMeta", description = PageMeta.DESCRIPTION)
public record PageMeta(
    @Schema(description = PageMeta.TOTAL, required = true) long total,
    @Schema(description = PageMeta.PAGE, required = true) int page,
    @Schema(description = PageMeta.PAGE_SIZE, required = true) int pageSize,
    @Schema(description = PageMeta.TOTAL_PAGES, required = true) int totalPages,
    @Schema(description = PageMeta.TOTAL_EXACT, required = true) boolean totalExact) {

  public static final String DESCRIPTION = "Where this page sits in the whole result.";
  public static final String TOTAL =
      "Rows matching the query across all pages: counted exactly up to"
          + " chat.list.exact-total-limit (1,000), an estimate from the database's"
          + " statistics above that (see totalExact)";
  public static final String PAGE = "1-based page number";
  public static final String PAGE_SIZE = "Rows per page (1..200)";
  public static final String TOTAL_PAGES = "Pages the total fills; 0 when nothing matches";
  public static final String TOTAL_EXACT =
      "Whether total was counted (true) or estimated (false, large results only)";

  public static PageMeta of(Page<?> page) {
    return new PageMeta(
        page.total(),
        page.request().page(),
        page.request().pageSize(),
        page.totalPages(),
        page.totalExact());
  }
}
