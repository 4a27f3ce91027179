package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.core.application.conversation.ConversationChanges;
import dev.chatinbox.core.domain.conversation.Conversation;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * The PATCH body of a conversation: only {@code isStarred} (boolean) and {@code unreadCount}
 * (integer 0..1,000,000); anything else — unknown or read-only — is a 400 naming it.
 */
final class ConversationPatch {
  static final Set<String> FIELDS = Set.of("isStarred", "unreadCount");

  private ConversationPatch() {}

  static ConversationChanges parse(JsonValue json) {
    JsonFields fields = JsonFields.of(json, FIELDS);
    Optional<Boolean> starred = fields.bool("isStarred");
    Optional<Integer> unread = fields.integer("unreadCount", 0, Conversation.MAX_UNREAD);
    fields.validate();
    return new ConversationChanges(starred, unread);
  }
}
