package dev.chatinbox.core.application.conversation;

import java.util.Optional;

/**
 * A partial update of a conversation (spec 1.3): only present fields change.
 *
 * @param starred new star state
 * @param unreadCount new unread count; 0 marks the conversation read
 */
public record ConversationChanges(Optional<Boolean> starred, Optional<Integer> unreadCount) {}
