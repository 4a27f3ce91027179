package dev.chatinbox.core.spi.carrier;

import java.util.Optional;

/**
 * What a carrier's API says of a message it accepted, when asked (not called back).
 *
 * @param rawStatus the carrier's status, e.g. {@code delivered}, {@code undelivered}
 * @param errorCode its error code, when the message failed
 * @param errorMessage a readable reason, when known
 */
public record CarrierStatusReport(
    String rawStatus, Optional<String> errorCode, Optional<String> errorMessage) {}
