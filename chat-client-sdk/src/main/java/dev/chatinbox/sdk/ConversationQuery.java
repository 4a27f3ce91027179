package dev.chatinbox.sdk;

import dev.chatinbox.sdk.model.Channel;

/**
 * What {@link Conversations#list} and {@link Conversations#stream} select: {@code filter} one of
 * {@code all}, {@code unread}, {@code recents}, {@code starred}; {@code sort} {@code latest} or
 * {@code oldest}; null fields use the server's defaults.
 */
public record ConversationQuery(
    Channel channel,
    String filter,
    String search,
    String sort,
    int pageSize,
    String status,
    String assignee,
    String team) {

  /** A query without the workflow filters of #18. */
  public ConversationQuery(
      Channel channel, String filter, String search, String sort, int pageSize) {
    this(channel, filter, search, sort, pageSize, null, null, null);
  }

  /** Every conversation the caller may see, newest first, 50 per request. */
  public static ConversationQuery all() {
    return new ConversationQuery(null, null, null, null, 50);
  }

  public ConversationQuery channel(Channel value) {
    return new ConversationQuery(value, filter, search, sort, pageSize, status, assignee, team);
  }

  public ConversationQuery filter(String value) {
    return new ConversationQuery(channel, value, search, sort, pageSize, status, assignee, team);
  }

  public ConversationQuery search(String value) {
    return new ConversationQuery(channel, filter, value, sort, pageSize, status, assignee, team);
  }

  public ConversationQuery sort(String value) {
    return new ConversationQuery(channel, filter, search, value, pageSize, status, assignee, team);
  }

  public ConversationQuery pageSize(int value) {
    return new ConversationQuery(channel, filter, search, sort, value, status, assignee, team);
  }

  /** Only this status: {@code open}, {@code pending}, {@code snoozed}, {@code resolved}. */
  public ConversationQuery status(String value) {
    return new ConversationQuery(channel, filter, search, sort, pageSize, value, assignee, team);
  }

  /** Only assigned to {@code me}, {@code unassigned}, or a user id. */
  public ConversationQuery assignee(String value) {
    return new ConversationQuery(channel, filter, search, sort, pageSize, status, value, team);
  }

  /** Only of this team (id). */
  public ConversationQuery team(String value) {
    return new ConversationQuery(channel, filter, search, sort, pageSize, status, assignee, value);
  }
}
