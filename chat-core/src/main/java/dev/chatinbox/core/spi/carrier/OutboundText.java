package dev.chatinbox.core.spi.carrier;

import dev.chatinbox.core.domain.shared.Channel;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An SMS or WhatsApp message to hand to the carrier.
 *
 * @param messageId our id
 * @param channel {@link Channel#SMS} or {@link Channel#WHATSAPP}
 * @param from sender in E.164; empty to use the carrier's configured default sender
 * @param to recipient in E.164 (without {@code whatsapp:}; the carrier adds it for WhatsApp)
 * @param body text (empty when a WhatsApp template is sent)
 * @param contentSid approved WhatsApp template, when sending one
 * @param contentVariables template variables
 */
public record OutboundText(
    UUID messageId,
    Channel channel,
    Optional<String> from,
    String to,
    String body,
    Optional<String> contentSid,
    Map<String, String> contentVariables) {}
