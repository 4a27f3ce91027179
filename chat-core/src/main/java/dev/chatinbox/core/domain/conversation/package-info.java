/** Conversations: one per (contact, channel), with unread count, star and last message. */
package dev.chatinbox.core.domain.conversation;
