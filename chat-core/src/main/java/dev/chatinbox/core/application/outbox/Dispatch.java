package dev.chatinbox.core.application.outbox;

import dev.chatinbox.core.spi.carrier.OutboundEmail;
import dev.chatinbox.core.spi.carrier.OutboundText;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A claimed outbox entry ready for its carrier call: exactly one of {@code text} and {@code email}.
 *
 * @param uncertainSince when an earlier call may have reached the carrier (a crash, a timeout or a
 *     lost connection during it), the time of that attempt: reconcile before sending again
 * @param claimedUntil for a new attempt, until when the claim keeps the entry from other
 *     dispatchers: the attempt is recorded right before the call only if the entry still carries
 *     this claim (another dispatcher that took it over after the claim ran out wins)
 */
public record Dispatch(
    UUID messageId,
    Optional<OutboundText> text,
    Optional<OutboundEmail> email,
    Optional<Instant> uncertainSince,
    Optional<Instant> claimedUntil) {}
