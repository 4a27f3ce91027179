package dev.chatinbox.core.spi.carrier;

import dev.chatinbox.core.domain.shared.Channel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An SMS or WhatsApp message a contact sent us, as its carrier's adapter read it.
 *
 * @param carrier the adapter's name, stored with the message
 * @param channel SMS or WhatsApp
 * @param from the sender, E.164 (WhatsApp: {@code whatsapp:+…})
 * @param to our number it was sent to
 * @param body the text (may be empty for a media-only message)
 * @param carrierMessageId the carrier's id of the message: repeated deliveries carry the same one
 * @param profileName the sender's WhatsApp profile name, when the carrier gave one
 * @param media the attached media
 */
public record InboundText(
    String carrier,
    Channel channel,
    String from,
    String to,
    String body,
    String carrierMessageId,
    Optional<String> profileName,
    List<Media> media) {
  public InboundText {
    Objects.requireNonNull(carrier);
    Objects.requireNonNull(channel);
    Objects.requireNonNull(from);
    Objects.requireNonNull(carrierMessageId);
    body = body == null ? "" : body;
    media = List.copyOf(media);
  }

  /** One media item: where the carrier keeps it and its type. */
  public record Media(String url, String contentType) {}
}
