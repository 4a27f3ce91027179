package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.generated.api.ConversationsApi;
import dev.chatinbox.sdk.internal.generated.model.ConversationPage;
import dev.chatinbox.sdk.internal.generated.model.ConversationPageResponse;
import dev.chatinbox.sdk.internal.generated.model.OpenConversationRequest;
import dev.chatinbox.sdk.internal.generated.model.UpdateConversationRequest;
import dev.chatinbox.sdk.model.Channel;
import dev.chatinbox.sdk.model.Conversation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Conversations (spec section 1 and 4.1): list, read, star, mark read, delete, open. */
public final class Conversations {
  private final ConversationsApi api;
  private final Calls calls;

  Conversations(ConversationsApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /** One page (1-based). */
  public Page<Conversation> list(ConversationQuery query, int page) {
    var out = fetch(query, page, null);
    return Mapping.page(out.getData().getData(), out.getData().getMeta(), Mapping::conversation);
  }

  /**
   * Every matching conversation, fetching pages as the stream is consumed. Each page continues from
   * the previous one's cursor (keyset): deep pages cost the server no more than the first, and a
   * conversation that moves meanwhile is neither repeated nor skipped.
   */
  public Stream<Conversation> stream(ConversationQuery query) {
    record Step(ConversationPage page, int number) {
      String next() {
        return page.getMeta() == null ? null : page.getMeta().getNextCursor();
      }
    }
    // Stream.of(…).flatMap: nothing is fetched before the stream is consumed
    return Stream.of(query)
        .flatMap(
            q ->
                Stream.iterate(
                    new Step(fetch(q, 1, null).getData(), 1),
                    Objects::nonNull,
                    step ->
                        step.next() == null
                            ? null
                            : new Step(
                                fetch(q, step.number() + 1, step.next()).getData(),
                                step.number() + 1)))
        .flatMap(step -> Mapping.list(step.page().getData(), Mapping::conversation).stream());
  }

  private ConversationPageResponse fetch(ConversationQuery query, int page, String cursor) {
    return calls.idempotent(
        () ->
            api.listConversations(
                null, // assignee (#18 part A's filters: not offered by this facade yet)
                query.channel() == null ? null : query.channel().wire(),
                cursor,
                query.filter(),
                page,
                query.pageSize(),
                query.search(),
                query.sort(),
                null, // status
                null)); // team
  }

  /** Full-text search (name, email, phone, message text); not paged by the server. */
  public List<Conversation> search(String q, Channel channel) {
    var out =
        calls.idempotent(
            () -> api.searchConversations(q, channel == null ? null : channel.wire(), null));
    return out.getData().stream().map(Mapping::conversation).toList();
  }

  public Conversation get(String conversationId) {
    return Mapping.conversation(
        calls.idempotent(() -> api.getConversation(conversationId)).getData());
  }

  /** Stars or unstars. */
  public Conversation star(String conversationId, boolean starred) {
    return update(conversationId, new UpdateConversationRequest().isStarred(starred));
  }

  /** Sets the unread count to 0. */
  public Conversation markRead(String conversationId) {
    return update(conversationId, new UpdateConversationRequest().unreadCount(0));
  }

  /** Deletes the conversation and its messages (idempotent: retried). */
  public void delete(String conversationId) {
    calls.idempotent(() -> api.deleteConversation(conversationId));
  }

  /** The conversation of a contact on a channel, created when there is none. */
  public Conversation open(String contactId, Channel channel) {
    var request =
        new OpenConversationRequest()
            .contactId(contactId)
            .channel(OpenConversationRequest.ChannelEnum.fromValue(channel.wire()));
    return Mapping.conversation(calls.once(() -> api.openConversation(request)).getData());
  }

  private Conversation update(String conversationId, UpdateConversationRequest request) {
    return Mapping.conversation(
        calls.once(() -> api.updateConversation(conversationId, request)).getData());
  }
}
