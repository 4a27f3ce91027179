package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.domain.shared.Channel;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An SMS or WhatsApp message to send (spec 2.2, 2.3, 2.5).
 *
 * @param channel SMS or WhatsApp
 * @param message the text (may be empty only with a WhatsApp template)
 * @param from sender number; the configured default when empty
 * @param to one of the contact's phones ({@code whatsapp:} prefix allowed); null: the primary
 * @param scheduledAt send later, when present
 * @param contentSid approved WhatsApp template (our addition), outside the 24-hour window
 * @param contentVariables template variables
 */
public record SendText(
    Channel channel,
    String message,
    Optional<String> from,
    String to,
    Optional<Instant> scheduledAt,
    Optional<String> contentSid,
    Map<String, String> contentVariables) {}
