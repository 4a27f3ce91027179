package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.application.view.AutomationView;
import dev.chatinbox.core.application.view.EmailView;
import dev.chatinbox.core.application.view.PersonView;
import dev.chatinbox.core.application.view.PhoneView;
import dev.chatinbox.core.domain.message.SenderType;
import dev.chatinbox.core.domain.shared.Channel;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The read model behind conversation views: what a page of conversations shows of its contacts and
 * last messages, read by queries shaped like that output — a fixed number of statements whatever
 * the page size, no managed entities — and already ordered as shown.
 */
public interface ConversationCards {
  /** The contacts, by id; unknown ids are left out. */
  Map<UUID, ContactCard> contacts(Collection<UUID> contactIds);

  /** The messages, by id, with their team sender's name; unknown ids are left out. */
  Map<UUID, MessageCard> messages(Collection<UUID> messageIds);

  /**
   * What a conversation view shows of its contact.
   *
   * @param emails by the order they were added
   * @param phones by the order they were added
   * @param tags by their lower-cased key
   * @param followers by name, case-insensitively
   * @param automations by name, case-insensitively
   */
  record ContactCard(
      UUID id,
      String fullName,
      Optional<String> username,
      Optional<String> profileUrl,
      Optional<String> title,
      Optional<String> primaryEmail,
      Optional<String> primaryPhone,
      Optional<PersonView> owner,
      boolean dndAll,
      Set<Channel> dndChannels,
      List<EmailView> emails,
      List<PhoneView> phones,
      List<String> tags,
      List<PersonView> followers,
      List<AutomationView> automations) {}

  /** A message as a conversation's last message shows it. */
  record MessageCard(
      UUID id,
      String body,
      SenderType senderType,
      Optional<UUID> senderId,
      Optional<String> senderName,
      Instant occurredAt,
      Channel channel) {}
}
