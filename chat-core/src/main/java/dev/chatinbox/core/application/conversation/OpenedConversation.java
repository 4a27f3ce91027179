package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.view.ConversationView;

/**
 * The conversation a caller asked to open, and whether it was created just now.
 *
 * @param conversation the conversation
 * @param created true when it did not exist before
 */
public record OpenedConversation(ConversationView conversation, boolean created) {}
