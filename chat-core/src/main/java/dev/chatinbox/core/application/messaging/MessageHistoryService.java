package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.domain.conversation.UnknownConversationException;
import dev.chatinbox.core.domain.message.MessageCriteria;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A conversation's message history (spec 2.1), newest first, from its read model. */
@ApplicationScoped
public class MessageHistoryService {
  private MessagePages pages;
  private AccessPolicy access;

  protected MessageHistoryService() {}

  @Inject
  public MessageHistoryService(MessagePages pages, AccessPolicy access) {
    this.pages = pages;
    this.access = access;
  }

  @Read
  public Page<MessageView> history(
      Caller caller, UUID conversationId, MessageCriteria criteria, PageRequest page) {
    String contactName =
        pages
            .visibleContactName(conversationId, access.inboxVisibility(caller))
            .orElseThrow(UnknownConversationException::new);
    return pages.page(conversationId, contactName, criteria, page);
  }
}
