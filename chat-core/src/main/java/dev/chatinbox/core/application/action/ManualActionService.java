package dev.chatinbox.core.application.action;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.access.TeamMembers;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.application.view.ManualActionView;
import dev.chatinbox.core.domain.action.ManualAction;
import dev.chatinbox.core.domain.action.ManualActionRepository;
import dev.chatinbox.core.domain.action.ManualActionStatus;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Manual actions (spec 8): recording, listing and closing the things people have to do by hand for
 * a conversation. An action is visible exactly when its conversation is; an invisible one is a 404
 * like a missing one.
 */
@ApplicationScoped
public class ManualActionService {
  private ManualActionRepository actions;
  private ConversationLookup conversations;
  private AccessPolicy access;
  private TeamMembers team;
  private Clock clock;

  protected ManualActionService() {}

  @Inject
  public ManualActionService(
      ManualActionRepository actions,
      ConversationLookup conversations,
      AccessPolicy access,
      TeamMembers team,
      Clock clock) {
    this.actions = actions;
    this.conversations = conversations;
    this.access = access;
    this.team = team;
    this.clock = clock;
  }

  /** One page of the actions of conversations {@code caller} may see, newest first. */
  @Transactional
  public Page<ManualActionView> list(
      Caller caller, Optional<ManualActionStatus> status, PageRequest page) {
    Page<ManualAction> found = actions.list(status, access.inboxVisibility(caller), page);
    return found.withItems(found.items().stream().map(ManualActionView::of).toList());
  }

  /** Records a pending action on a visible conversation. */
  @Transactional
  public ManualActionView create(Caller caller, NewManualAction input) {
    access.requireInbox(caller);
    String description;
    try {
      description = ManualAction.requireDescription(input.action());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "action", "must be 1 to " + ManualAction.MAX_ACTION_LENGTH + " characters");
    }
    Conversation conversation = conversations.visible(caller, input.conversationId());
    input.assignedTo().ifPresent(user -> team.requireActive("assignedTo", List.of(user)));
    ManualAction action =
        new ManualAction(
            Ids.newId(),
            conversation.id(),
            description,
            input.assignedTo(),
            caller.userId(),
            clock.instant());
    actions.store(action);
    return ManualActionView.of(action);
  }

  /**
   * Refuses (404) an action the caller cannot see or that does not exist: lets the API answer
   * before it reads a request body.
   */
  public void requireVisible(Caller caller, UUID actionId) {
    actions
        .find(actionId, access.inboxVisibility(caller))
        .orElseThrow(() -> new ObjectNotFoundException("Manual action"));
  }

  /** Changes the status or assignee of an action of a visible conversation. */
  @Transactional
  public ManualActionView update(Caller caller, UUID actionId, ManualActionChanges changes) {
    Visibility visibility = access.inboxVisibility(caller);
    ManualAction action =
        actions
            .find(actionId, visibility)
            .orElseThrow(() -> new ObjectNotFoundException("Manual action"));
    changes
        .assignedTo()
        .flatMap(assignee -> assignee)
        .ifPresent(user -> team.requireActive("assignedTo", List.of(user)));
    Instant now = clock.instant();
    changes.status().ifPresent(status -> action.changeStatus(status, now));
    changes.assignedTo().ifPresent(action::assignTo);
    actions.store(action);
    return ManualActionView.of(action);
  }
}
