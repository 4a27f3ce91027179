package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationRepository;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Loads a conversation the way every use case must: only if the caller may see it, otherwise the
 * same 404 as for a conversation that does not exist.
 */
@ApplicationScoped
public class ConversationLookup {
  private ConversationRepository conversations;
  private AccessPolicy access;

  protected ConversationLookup() {}

  @Inject
  public ConversationLookup(ConversationRepository conversations, AccessPolicy access) {
    this.conversations = conversations;
    this.access = access;
  }

  public Conversation visible(Caller caller, UUID conversationId) {
    return conversations
        .find(conversationId, access.inboxVisibility(caller))
        .orElseThrow(UnknownConversationException::new);
  }

  /**
   * The conversation, only if the caller may see it, row-locked until the transaction ends: one
   * statement for a writer of its row (a send changes its last message).
   */
  public Conversation lockedVisible(Caller caller, UUID conversationId) {
    return conversations
        .lockVisible(conversationId, access.inboxVisibility(caller))
        .orElseThrow(UnknownConversationException::new);
  }
}
