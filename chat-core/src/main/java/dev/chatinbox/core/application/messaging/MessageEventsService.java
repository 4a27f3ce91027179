package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.MessageEventView;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * A message's carrier event history, for those who may see its conversation: a read ({@link Read}:
 * one statement on one connection, no entity, no transaction).
 */
@ApplicationScoped
public class MessageEventsService {
  private MessagePages pages;
  private AccessPolicy access;

  protected MessageEventsService() {}

  @Inject
  public MessageEventsService(MessagePages pages, AccessPolicy access) {
    this.pages = pages;
    this.access = access;
  }

  @Read
  public List<MessageEventView> events(Caller caller, UUID messageId) {
    return pages
        .visibleEvents(messageId, access.inboxVisibility(caller))
        .orElseThrow(() -> new ObjectNotFoundException("Message"));
  }
}
