package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.conversation.ConversationStatus;
import dev.chatinbox.core.domain.shared.Channel;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A conversation as a reader sees it in the list and the detail pane. */
public record ConversationView(
    UUID id,
    UUID contactId,
    String fullName,
    Optional<String> username,
    Optional<String> profile,
    Optional<String> title,
    Channel channel,
    int unreadCount,
    boolean starred,
    Optional<LastMessageView> lastMessage,
    Optional<Instant> lastMessageTimestamp,
    ContactDetailsView contactDetails,
    ConversationStatus status,
    Optional<Instant> snoozedUntil,
    Optional<PersonView> assignee,
    Optional<TeamRefView> team) {}
