package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.shared.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * The latest message of a conversation.
 *
 * @param sender {@code You} when the reader sent it, the team member's name when another user did,
 *     {@code System} for system notes, else the contact's name
 */
public record LastMessageView(
    UUID id, String message, String sender, Instant timestamp, Channel channel) {}
