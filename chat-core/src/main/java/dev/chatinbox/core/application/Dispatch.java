package dev.chatinbox.core.application;

import dev.chatinbox.core.domain.message.delivery.OutboundEmail;
import dev.chatinbox.core.domain.message.delivery.OutboundText;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A claimed outbox entry ready for its carrier call: exactly one of {@code text} and {@code email}.
 *
 * @param uncertainSince present when an earlier call was cut short (crash): reconcile first
 */
record Dispatch(
    UUID messageId,
    Optional<OutboundText> text,
    Optional<OutboundEmail> email,
    Optional<Instant> uncertainSince) {}
