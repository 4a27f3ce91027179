package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.conversation.ConversationLookup;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Serves stored attachments to those who may see the message's conversation. */
@ApplicationScoped
public class AttachmentService {
  /** A stored file. */
  public record StoredFile(String filename, String contentType, byte[] content) {}

  private MessageRepository messages;
  private ConversationLookup conversations;

  protected AttachmentService() {}

  @Inject
  public AttachmentService(MessageRepository messages, ConversationLookup conversations) {
    this.messages = messages;
    this.conversations = conversations;
  }

  @Transactional
  public StoredFile download(Caller caller, UUID messageId, UUID attachmentId) {
    Message message =
        messages.find(messageId).orElseThrow(() -> new ObjectNotFoundException("Attachment"));
    try {
      conversations.visible(caller, message.conversationId());
    } catch (ObjectNotFoundException e) {
      throw new ObjectNotFoundException("Attachment");
    }
    MessageAttachment attachment =
        messages.attachmentsOf(java.util.List.of(messageId)).stream()
            .filter(a -> a.id().equals(attachmentId))
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("Attachment"));
    byte[] content =
        messages.content(attachmentId).orElseThrow(() -> new ObjectNotFoundException("Attachment"));
    return new StoredFile(attachment.filename(), attachment.contentType(), content);
  }
}
