package dev.chatinbox.core.spi.carrier;

/**
 * What the carrier said when it accepted a message.
 *
 * @param carrierMessageId Twilio's message SID, or SendGrid's {@code X-Message-Id}
 * @param rawStatus the carrier's own status word (e.g. {@code queued}, {@code accepted})
 * @param sandbox true when no real carrier was involved (zero-setup default)
 */
public record CarrierReceipt(String carrierMessageId, String rawStatus, boolean sandbox) {}
