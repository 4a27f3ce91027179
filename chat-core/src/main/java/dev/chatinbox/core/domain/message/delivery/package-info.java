/**
 * Ports to the carriers that deliver outbound messages: {@link TextCarrier} (SMS and WhatsApp) and
 * {@link EmailCarrier}. Implementations live in {@code infrastructure.carrier.*} (Twilio, SendGrid,
 * sandbox); the outbox calls them and turns their outcome into message status.
 */
package dev.chatinbox.core.domain.message.delivery;
