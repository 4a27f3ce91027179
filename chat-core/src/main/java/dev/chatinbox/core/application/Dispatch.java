package dev.chatinbox.core.application;

import dev.chatinbox.core.domain.message.delivery.OutboundEmail;
import dev.chatinbox.core.domain.message.delivery.OutboundText;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A claimed outbox entry ready for its carrier call: exactly one of {@code text} and {@code email}.
 *
 * @param uncertainSince when an earlier call may have reached the carrier (a crash, a timeout or a
 *     lost connection during it), the time of that attempt: reconcile before sending again
 */
record Dispatch(
    UUID messageId,
    Optional<OutboundText> text,
    Optional<OutboundEmail> email,
    Optional<Instant> uncertainSince) {}
