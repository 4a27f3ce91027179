package dev.chatinbox.core.domain.action;

import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Storage of manual actions; reads apply the conversation visibility of the reader. */
public interface ManualActionRepository {
  /** The action, when it exists and its conversation is visible. */
  Optional<ManualAction> find(UUID id, Visibility visibility);

  /** Actions of visible conversations, newest first, optionally of one status. */
  Page<ManualAction> list(
      Optional<ManualActionStatus> status, Visibility visibility, PageRequest page);

  void store(ManualAction action);
}
