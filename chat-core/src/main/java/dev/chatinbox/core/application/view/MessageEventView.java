package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.message.MessageStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * One thing a carrier said about a message, for support ("why did this fail?").
 *
 * @param source {@code twilio} or {@code sendgrid}
 * @param rawStatus the carrier's status or event name
 * @param errorCode the carrier's error code, when it gave one
 * @param receivedAt when we received it
 * @param occurredAt when the carrier says it happened, when it says
 * @param status what it meant for the message's status; empty when it moved nothing
 */
public record MessageEventView(
    String source,
    String rawStatus,
    Optional<String> errorCode,
    Instant receivedAt,
    Optional<Instant> occurredAt,
    Optional<MessageStatus> status) {}
