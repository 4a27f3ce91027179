package dev.chatinbox.core.application.note;

import dev.chatinbox.core.application.view.MentionView;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import java.util.UUID;

/** The read model of a user's mentions (implemented in SQL by the infrastructure). */
public interface MentionPages {
  /**
   * One page of the user's mentions in conversations {@code visibility} lets them see, newest
   * first, each with its note.
   *
   * @param unreadOnly only those not marked read
   */
  Page<MentionView> page(UUID userId, Visibility visibility, boolean unreadOnly, PageRequest page);
}
