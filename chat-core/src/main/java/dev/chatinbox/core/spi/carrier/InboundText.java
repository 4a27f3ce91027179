package dev.chatinbox.core.spi.carrier;

import dev.chatinbox.core.domain.shared.Channel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An SMS or WhatsApp message a contact sent us, as Twilio's incoming-message webhook describes it.
 *
 * @param channel SMS or WhatsApp
 * @param from the sender, E.164 (WhatsApp: {@code whatsapp:+…})
 * @param to our number it was sent to
 * @param body the text (may be empty for a media-only message)
 * @param carrierMessageId Twilio's {@code MessageSid}: repeated deliveries carry the same one
 * @param profileName the sender's WhatsApp profile name, when Twilio gave one
 * @param media the attached media
 */
public record InboundText(
    Channel channel,
    String from,
    String to,
    String body,
    String carrierMessageId,
    Optional<String> profileName,
    List<Media> media) {
  public InboundText {
    Objects.requireNonNull(channel);
    Objects.requireNonNull(from);
    Objects.requireNonNull(carrierMessageId);
    body = body == null ? "" : body;
    media = List.copyOf(media);
  }

  /** One media item: where Twilio keeps it and its type. */
  public record Media(String url, String contentType) {}
}
