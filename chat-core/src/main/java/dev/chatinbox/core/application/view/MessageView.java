package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.message.SenderType;
import dev.chatinbox.core.domain.shared.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A message of a conversation.
 *
 * @param sender the user's id for team messages, the contact's full name for inbound ones, {@code
 *     system} for system notes
 * @param scheduledLateness how late a scheduled message left the schedule (sent or failed)
 * @param from the sender's address (carrier form), when recorded
 * @param to the recipient's address (carrier form), when recorded
 * @param cc email copies
 * @param bcc email blind copies
 * @param templateSid the WhatsApp template sent instead of free text
 * @param templateVariables its variables, as a JSON object
 */
public record MessageView(
    UUID id,
    UUID conversationId,
    String sender,
    SenderType senderType,
    String message,
    Channel channel,
    Instant timestamp,
    Optional<MessageStatus> status,
    Optional<String> subject,
    Optional<Instant> scheduledAt,
    Optional<Duration> scheduledLateness,
    Optional<String> carrierMessageId,
    Optional<String> carrierStatus,
    Optional<String> errorCode,
    Optional<String> errorMessage,
    List<AttachmentView> attachments,
    Optional<String> from,
    Optional<String> to,
    List<String> cc,
    List<String> bcc,
    Optional<String> templateSid,
    Optional<String> templateVariables,
    Optional<Integer> originalLength,
    Optional<String> activity) {}
