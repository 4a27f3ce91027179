package dev.chatinbox.core.application.conversation;

import static java.util.stream.Collectors.toSet;

import dev.chatinbox.core.application.view.AutomationView;
import dev.chatinbox.core.application.view.ConversationCountsView;
import dev.chatinbox.core.application.view.EmailView;
import dev.chatinbox.core.application.view.PersonView;
import dev.chatinbox.core.application.view.PhoneView;
import dev.chatinbox.core.application.view.TeamRefView;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationCriteria;
import dev.chatinbox.core.domain.conversation.ConversationStatus;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.SenderType;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The read model behind conversation views: a page of conversations, and what it shows of their
 * contacts and last messages, read by queries shaped like that output — a fixed number of
 * statements whatever the page size, no managed entities — and already ordered as shown.
 */
public interface ConversationCards {
  /** One page of the conversations {@code visibility} lets a reader see, as the list shows them. */
  Page<ConversationCard> page(
      ConversationCriteria criteria, Visibility visibility, PageRequest page);

  /**
   * Visible conversations per status, and assigned to {@code me} / unassigned / all (within {@code
   * status} when present): one statement.
   */
  ConversationCountsView counts(
      Visibility visibility, UUID me, Optional<ConversationStatus> status);

  /** The conversation, if it exists and {@code visibility} lets a reader see it. */
  Optional<ConversationCard> visible(UUID conversationId, Visibility visibility);

  /** The conversations, by id; unknown ids are left out. */
  Map<UUID, ConversationCard> conversations(Collection<UUID> conversationIds);

  /** The contacts, by id; unknown ids are left out. */
  Map<UUID, ContactCard> contacts(Collection<UUID> contactIds);

  /** Team members by id (id, name, username); unknown ids are left out. */
  Map<UUID, PersonView> people(Collection<UUID> userIds);

  /** The teams {@code userId} is a member of. */
  Set<UUID> teamsOf(UUID userId);

  /** Teams by id; unknown ids are left out. */
  Map<UUID, TeamRefView> teams(Collection<UUID> teamIds);

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
      List<AutomationView> automations) {
    /** Whether {@code visibility} lets a reader see this contact and its conversations. */
    public boolean visibleUnder(Visibility visibility) {
      return visibility.allows(
          owner.map(PersonView::id), followers.stream().map(PersonView::id).collect(toSet()));
    }
  }

  /**
   * What a conversation view shows of the conversation itself.
   *
   * @param sortAt its position in the list (the cursor of the row after it)
   * @param assignee the assignee, when the read had their name (else only {@code assigneeId})
   * @param team the team, when the read had its name (else only {@code teamId})
   */
  record ConversationCard(
      UUID id,
      UUID contactId,
      Channel channel,
      int unreadCount,
      boolean starred,
      Optional<UUID> lastMessageId,
      Optional<Instant> lastMessageAt,
      Instant sortAt,
      ConversationStatus status,
      Optional<Instant> snoozedUntil,
      Optional<UUID> assigneeId,
      Optional<PersonView> assignee,
      Optional<UUID> teamId,
      Optional<TeamRefView> team) {
    /** The card of a conversation a use case holds (e.g. the one it just changed). */
    public static ConversationCard of(Conversation c) {
      return new ConversationCard(
          c.id(),
          c.contactId(),
          c.channel(),
          c.unreadCount(),
          c.starred(),
          c.lastMessageId(),
          c.lastMessageAt(),
          c.sortAt(),
          c.status(),
          c.snoozedUntil(),
          c.assigneeId(),
          Optional.empty(),
          c.teamId(),
          Optional.empty());
    }
  }

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
