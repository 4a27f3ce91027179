package dev.chatinbox.core.spi.carrier;

/**
 * What the carrier said when it accepted a message.
 *
 * @param carrier the adapter's name, stored with the message (status reports name it too)
 * @param carrierMessageId the carrier's id of the message (e.g. Twilio's SID, SendGrid's {@code
 *     X-Message-Id})
 * @param rawStatus the carrier's own status word (e.g. {@code queued}, {@code accepted})
 * @param sandbox true when no real carrier was involved (zero-setup default)
 * @param composedText the text the carrier composed and sent for a message that had none of its own
 *     (a WhatsApp template it rendered), when it can tell
 */
public record CarrierReceipt(
    String carrier,
    String carrierMessageId,
    String rawStatus,
    boolean sandbox,
    java.util.Optional<String> composedText) {

  /** A receipt for a message sent with its own text. */
  public CarrierReceipt(
      String carrier, String carrierMessageId, String rawStatus, boolean sandbox) {
    this(carrier, carrierMessageId, rawStatus, sandbox, java.util.Optional.empty());
  }
}
