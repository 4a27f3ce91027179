package dev.chatinbox.core.application.canned;

import dev.chatinbox.core.application.view.CannedReplyView;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** The read model of canned replies (implemented in SQL by the infrastructure). */
public interface CannedReplyReads {
  /**
   * One page of the replies {@code userId} may use (shared ones and their own), by short code.
   *
   * @param prefix only short codes starting with it (already normalised)
   */
  Page<CannedReplyView> page(UUID userId, Optional<String> prefix, PageRequest page);

  /** The reply, if it is shared or owned by {@code userId}. */
  Optional<CannedReplyView> usable(UUID id, UUID userId);
}
