package dev.chatinbox.core.application.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What changed for a reader since their last poll (spec 5, option B), each item once in its current
 * state.
 *
 * @param newMessages messages added
 * @param updatedMessages earlier messages whose status moved (our addition)
 * @param updatedConversations conversations that changed (new message, star, unread, contact)
 * @param deletedConversationIds conversations deleted (our addition)
 * @param timestamp the server's time of this answer
 * @param cursor where the next poll resumes (our addition; the change log position)
 * @param hasMore whether more changes wait beyond this answer (poll again at once)
 */
public record InboxUpdatesView(
    List<MessageView> newMessages,
    List<MessageView> updatedMessages,
    List<ConversationView> updatedConversations,
    List<UUID> deletedConversationIds,
    Instant timestamp,
    long cursor,
    boolean hasMore) {}
