package dev.chatinbox.api.rest.message;

import dev.chatinbox.core.domain.shared.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Paging metadata of message history (spec 2.1). */
@Schema(name = "MessagePageMeta")
public record MessagePageMeta(
    @Schema(required = true) long total,
    @Schema(required = true) int page,
    @Schema(required = true) int pageSize,
    @Schema(required = true, description = "Whether older messages (further pages) exist")
        boolean hasMore,
    @Schema(
            required = true,
            description =
                "Whether total was counted (true) or estimated (false: more than"
                    + " chat.list.exact-total-limit messages match)")
        boolean totalExact) {
  static MessagePageMeta of(Page<?> page) {
    return new MessagePageMeta(
        page.total(),
        page.request().page(),
        page.request().pageSize(),
        page.hasMore(),
        page.totalExact());
  }
}
