package dev.chatinbox.core.application.workflow;

import dev.chatinbox.core.application.realtime.InboxEvents;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reopens snoozed conversations whose snooze has ended. Every node runs a round on the outbox's
 * poll interval (as scheduled sends are found); the due rows are claimed with {@code FOR UPDATE
 * SKIP LOCKED} and the status re-checked under that lock, so each snooze wakes exactly once, with
 * its status change, activity entry and {@code conversation_update} in one transaction.
 */
@ApplicationScoped
public class SnoozeWakeUps {
  /** Most conversations one round wakes; a fuller round is followed by another at once. */
  public static final int BATCH = 100;

  private ConversationRepository conversations;
  private ConversationWorkflow workflow;
  private InboxEvents events;
  private Clock clock;

  protected SnoozeWakeUps() {}

  @Inject
  public SnoozeWakeUps(
      ConversationRepository conversations,
      ConversationWorkflow workflow,
      InboxEvents events,
      Clock clock) {
    this.conversations = conversations;
    this.workflow = workflow;
    this.events = events;
    this.clock = clock;
  }

  /** Wakes what is due now; how many conversations it claimed. */
  @Transactional
  public int wakeDue() {
    Instant now = clock.instant();
    List<Conversation> due = conversations.claimDueSnoozes(now, BATCH);
    for (Conversation conversation : due) {
      workflow
          .wake(conversation, now)
          .ifPresent(
              activity -> {
                events.newMessage(conversation, activity);
                events.conversationUpdated(conversation);
              });
    }
    return due.size();
  }
}
