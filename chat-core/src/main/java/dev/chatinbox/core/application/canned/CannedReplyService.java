package dev.chatinbox.core.application.canned;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.messaging.MessagePages;
import dev.chatinbox.core.application.view.CannedReplyView;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.domain.canned.CannedReply;
import dev.chatinbox.core.domain.canned.CannedReplyRepository;
import dev.chatinbox.core.domain.canned.ReplyVariables;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Canned replies. Everyone with inbox access uses the shared ones and their own personal ones; a
 * personal reply is invisible (404) to everyone else, administrators included. Shared replies are
 * created, changed and deleted by administrators only (403 for others); a personal one only by its
 * owner. A short code is unique within its scope (the shared replies, or one user's): 409
 * otherwise.
 */
@ApplicationScoped
public class CannedReplyService {
  private CannedReplyRepository replies;
  private CannedReplyReads reads;
  private MessagePages conversations;
  private UserRepository users;
  private AccessPolicy access;
  private Clock clock;

  protected CannedReplyService() {}

  @Inject
  public CannedReplyService(
      CannedReplyRepository replies,
      CannedReplyReads reads,
      MessagePages conversations,
      UserRepository users,
      AccessPolicy access,
      Clock clock) {
    this.replies = replies;
    this.reads = reads;
    this.conversations = conversations;
    this.users = users;
    this.access = access;
    this.clock = clock;
  }

  /** The replies the caller may use, by short code; {@code search}: a short-code prefix. */
  @Read
  public Page<CannedReplyView> list(Caller caller, Optional<String> search, PageRequest page) {
    access.requireInbox(caller);
    return reads.page(
        caller.userId(),
        search.map(CannedReply::normalisedShortCode).filter(s -> !s.isEmpty()),
        page);
  }

  @Read
  public CannedReplyView get(Caller caller, UUID id) {
    access.requireInbox(caller);
    return reads.usable(id, caller.userId()).orElseThrow(CannedReplyService::unknown);
  }

  @Transactional
  public CannedReplyView create(Caller caller, NewCannedReply input) {
    access.requireInbox(caller);
    if (input.shared()) {
      access.requireAdmin(caller, "create shared canned replies");
    }
    CannedReply reply =
        new CannedReply(
            Ids.newId(),
            input.shared() ? Optional.empty() : Optional.of(caller.userId()),
            input.shortCode(),
            input.title(),
            input.body(),
            caller.userId(),
            clock.instant());
    requireFreeShortCode(reply);
    replies.store(reply);
    return CannedReplyView.of(reply);
  }

  @Transactional
  public CannedReplyView update(Caller caller, UUID id, CannedReplyEdit edit) {
    CannedReply reply = writable(caller, id);
    reply.edit(edit.shortCode(), edit.title(), edit.body(), clock.instant());
    requireFreeShortCode(reply);
    replies.store(reply);
    return CannedReplyView.of(reply);
  }

  @Transactional
  public void delete(Caller caller, UUID id) {
    replies.delete(writable(caller, id));
  }

  /**
   * The reply's body with its variables filled in for a conversation the caller may see (404
   * otherwise): the contact's names, and the caller's name as the agent.
   */
  @Read
  public String render(Caller caller, UUID id, UUID conversationId) {
    CannedReplyView reply = get(caller, id);
    String contactName =
        conversations
            .visibleContactName(conversationId, access.inboxVisibility(caller))
            .orElseThrow(UnknownConversationException::new);
    String agent = users.find(caller.userId()).map(u -> u.name()).orElse("");
    return ReplyVariables.render(
        reply.body(),
        Map.of(
            ReplyVariables.CONTACT_FIRST_NAME,
            ReplyVariables.firstName(contactName),
            ReplyVariables.CONTACT_FULL_NAME,
            contactName == null ? "" : contactName,
            ReplyVariables.AGENT_NAME,
            agent));
  }

  /** A reply the caller may change: their own, or a shared one if they are an administrator. */
  private CannedReply writable(Caller caller, UUID id) {
    access.requireInbox(caller);
    CannedReply reply =
        replies.findUsable(id, caller.userId()).orElseThrow(CannedReplyService::unknown);
    if (reply.shared()) {
      access.requireAdmin(caller, "change shared canned replies");
    }
    return reply;
  }

  private void requireFreeShortCode(CannedReply reply) {
    if (replies.shortCodeTaken(reply.scopeId(), reply.shortCode(), Optional.of(reply.id()))) {
      throw CannedReply.shortCodeTaken(reply.shortCode());
    }
  }

  private static ObjectNotFoundException unknown() {
    return new ObjectNotFoundException("Canned reply");
  }
}
