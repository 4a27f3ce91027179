package dev.chatinbox.sdk.model;

import java.time.Instant;

/** A conversation of the inbox (spec 1.1): one contact on one channel. */
public record Conversation(
    String id,
    String contactId,
    String fullName,
    Channel channel,
    int unreadCount,
    boolean starred,
    String lastMessage,
    Instant lastMessageAt,
    ContactDetails contact) {}
