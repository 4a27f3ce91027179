package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.application.view.AttachmentView;
import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.message.Message;
import dev.chatinbox.core.domain.message.MessageAttachment;
import dev.chatinbox.core.domain.message.MessageRepository;
import dev.chatinbox.core.domain.message.SenderType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** How a stored message looks to a reader. */
public final class MessageViews {
  public static final String SYSTEM_SENDER = "system";

  private MessageViews() {}

  /**
   * The view of a message.
   *
   * @param contactName shown as the sender of the contact's messages
   */
  public static MessageView of(Message m, String contactName, List<AttachmentView> attachments) {
    return new MessageView(
        m.id(),
        m.conversationId(),
        sender(m.senderType(), m.senderId(), contactName),
        m.senderType(),
        m.body(),
        m.channel(),
        m.occurredAt(),
        m.status(),
        m.subject(),
        m.scheduledAt(),
        m.scheduledLateness(),
        m.carrierMessageId(),
        m.carrierStatus(),
        m.errorCode(),
        m.errorMessage(),
        attachments,
        m.fromAddress(),
        m.toAddress(),
        addresses(m.cc()),
        addresses(m.bcc()),
        m.templateSid(),
        m.templateVariables(),
        m.originalLength(),
        m.activity());
  }

  /** Addresses stored comma-separated. */
  public static List<String> addresses(Optional<String> joined) {
    return joined.stream()
        .flatMap(j -> java.util.Arrays.stream(j.split(",")))
        .map(String::trim)
        .filter(a -> !a.isEmpty())
        .toList();
  }

  /**
   * Who a message shows as its sender: the user's id for team messages, the contact's full name for
   * inbound ones, {@value #SYSTEM_SENDER} for system notes (and team messages whose author is
   * unknown).
   */
  public static String sender(SenderType type, Optional<UUID> senderId, String contactName) {
    return switch (type) {
      case USER -> senderId.map(UUID::toString).orElse(SYSTEM_SENDER);
      case CONTACT -> contactName;
      case SYSTEM -> SYSTEM_SENDER;
      case ACTIVITY, NOTE -> senderId.map(UUID::toString).orElse(SYSTEM_SENDER);
    };
  }

  public static AttachmentView attachment(MessageAttachment a) {
    return new AttachmentView(
        a.id(),
        a.messageId(),
        Optional.ofNullable(a.url()),
        a.filename(),
        a.contentType(),
        a.sizeBytes());
  }

  public static List<AttachmentView> attachments(List<MessageAttachment> list) {
    return list.stream().map(MessageViews::attachment).toList();
  }

  /**
   * The views of {@code found} with their attachments, loaded in one query.
   *
   * @param contactName shown as the sender of the contact's messages
   */
  public static List<MessageView> of(
      List<Message> found, String contactName, MessageRepository messages) {
    Map<UUID, List<AttachmentView>> attachments =
        found.isEmpty()
            ? Map.of()
            : messages.attachmentsOf(found.stream().map(Message::id).toList()).stream()
                .collect(
                    Collectors.groupingBy(
                        MessageAttachment::messageId,
                        Collectors.mapping(MessageViews::attachment, Collectors.toList())));
    return found.stream()
        .map(m -> of(m, contactName, attachments.getOrDefault(m.id(), List.of())))
        .toList();
  }
}
