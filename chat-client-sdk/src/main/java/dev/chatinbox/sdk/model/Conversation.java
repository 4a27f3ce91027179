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
    ContactDetails contact,
    String status,
    Instant snoozedUntil,
    Person assignee,
    TeamRef team) {
  /** A conversation as the spec shows it (no workflow fields). */
  public Conversation(
      String id,
      String contactId,
      String fullName,
      Channel channel,
      int unreadCount,
      boolean starred,
      String lastMessage,
      Instant lastMessageAt,
      ContactDetails contact) {
    this(
        id,
        contactId,
        fullName,
        channel,
        unreadCount,
        starred,
        lastMessage,
        lastMessageAt,
        contact,
        null,
        null,
        null,
        null);
  }
}
