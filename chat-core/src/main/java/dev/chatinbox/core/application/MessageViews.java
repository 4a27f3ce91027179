package dev.chatinbox.core.application;

import dev.chatinbox.core.application.view.AttachmentView;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import java.util.List;
import java.util.UUID;

/** How a stored message looks to a reader. */
final class MessageViews {
  static final String SYSTEM_SENDER = "system";

  private MessageViews() {}

  /**
   * The view of a message.
   *
   * @param contactName shown as the sender of the contact's messages
   */
  static MessageView of(Message m, String contactName, List<AttachmentView> attachments) {
    String sender =
        switch (m.senderType()) {
          case USER -> m.senderId().map(UUID::toString).orElse(SYSTEM_SENDER);
          case CONTACT -> contactName;
          case SYSTEM -> SYSTEM_SENDER;
        };
    return new MessageView(
        m.id(),
        m.conversationId(),
        sender,
        m.senderType(),
        m.body(),
        m.channel(),
        m.occurredAt(),
        m.status(),
        m.subject(),
        m.scheduledAt(),
        m.twilioMessageId(),
        m.twilioStatus(),
        m.emailMessageId(),
        m.emailStatus(),
        m.errorCode(),
        m.errorMessage(),
        attachments);
  }

  static AttachmentView attachment(MessageAttachment a) {
    return new AttachmentView(
        a.id(),
        a.messageId(),
        java.util.Optional.ofNullable(a.url()),
        a.filename(),
        a.contentType(),
        a.sizeBytes());
  }

  static List<AttachmentView> attachments(List<MessageAttachment> list) {
    return list.stream().map(MessageViews::attachment).toList();
  }
}
