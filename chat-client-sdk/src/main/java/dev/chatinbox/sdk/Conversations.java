package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.ClearAssignee;
import dev.chatinbox.sdk.internal.ClearTeam;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.generated.api.ConversationsApi;
import dev.chatinbox.sdk.internal.generated.model.ConversationPage;
import dev.chatinbox.sdk.internal.generated.model.ConversationPageResponse;
import dev.chatinbox.sdk.internal.generated.model.OpenConversationRequest;
import dev.chatinbox.sdk.internal.generated.model.UpdateConversationRequest;
import dev.chatinbox.sdk.model.Channel;
import dev.chatinbox.sdk.model.Conversation;
import dev.chatinbox.sdk.model.ConversationCounts;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                query.assignee(),
                query.channel() == null ? null : query.channel().wire(),
                cursor,
                query.filter(),
                page,
                query.pageSize(),
                query.search(),
                query.sort(),
                query.status(),
                query.team()));
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

  /**
   * Sets the status: {@code open}, {@code pending} or {@code resolved} (#18); see {@link #snooze}.
   */
  public Conversation setStatus(String conversationId, String status) {
    return update(
        conversationId,
        new UpdateConversationRequest()
            .status(UpdateConversationRequest.StatusEnum.fromValue(status)));
  }

  /** Snoozes until {@code until}: it opens again then, or when the contact writes. */
  public Conversation snooze(String conversationId, Instant until) {
    return update(
        conversationId,
        new UpdateConversationRequest()
            .status(UpdateConversationRequest.StatusEnum.SNOOZED)
            .snoozedUntil(until.toString()));
  }

  /** Assigns to a team member (user id); they see it from then on. */
  public Conversation assign(String conversationId, String userId) {
    return update(conversationId, new UpdateConversationRequest().assigneeId(userId));
  }

  /** Removes the assignee. */
  public Conversation unassign(String conversationId) {
    return update(conversationId, new ClearAssignee());
  }

  /** Hands to a team (id), or takes it from its team when {@code teamId} is null. */
  public Conversation assignTeam(String conversationId, String teamId) {
    return update(
        conversationId,
        teamId == null ? new ClearTeam() : new UpdateConversationRequest().teamId(teamId));
  }

  /** The tab counts; within {@code status} (null: every status) for mine, unassigned and all. */
  public ConversationCounts counts(String status) {
    var out = calls.idempotent(() -> api.countConversations(status)).getData();
    var by = out.getByStatus();
    Map<String, Long> byStatus = new LinkedHashMap<>();
    byStatus.put("open", by.getOpen());
    byStatus.put("pending", by.getPending());
    byStatus.put("snoozed", by.getSnoozed());
    byStatus.put("resolved", by.getResolved());
    return new ConversationCounts(byStatus, out.getMine(), out.getUnassigned(), out.getAll());
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
