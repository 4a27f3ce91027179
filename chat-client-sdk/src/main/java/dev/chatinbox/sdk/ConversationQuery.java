package dev.chatinbox.sdk;

import dev.chatinbox.sdk.model.Channel;

/**
 * What {@link Conversations#list} and {@link Conversations#stream} select: {@code filter} one of
 * {@code all}, {@code unread}, {@code recents}, {@code starred}; {@code sort} {@code latest} or
 * {@code oldest}; null fields use the server's defaults.
 */
public record ConversationQuery(
    Channel channel, String filter, String search, String sort, int pageSize) {

  /** Every conversation the caller may see, newest first, 50 per request. */
  public static ConversationQuery all() {
    return new ConversationQuery(null, null, null, null, 50);
  }

  public ConversationQuery channel(Channel value) {
    return new ConversationQuery(value, filter, search, sort, pageSize);
  }

  public ConversationQuery filter(String value) {
    return new ConversationQuery(channel, value, search, sort, pageSize);
  }

  public ConversationQuery search(String value) {
    return new ConversationQuery(channel, filter, value, sort, pageSize);
  }

  public ConversationQuery sort(String value) {
    return new ConversationQuery(channel, filter, search, value, pageSize);
  }

  public ConversationQuery pageSize(int value) {
    return new ConversationQuery(channel, filter, search, sort, value);
  }
}
