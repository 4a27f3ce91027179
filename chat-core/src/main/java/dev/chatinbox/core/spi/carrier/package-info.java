/**
 * Carrier ports, in our own types only. Outbound: {@link
 * dev.chatinbox.core.spi.carrier.TextCarrier} (SMS, WhatsApp) and {@link
 * dev.chatinbox.core.spi.carrier.EmailCarrier}. Inbound: {@link
 * dev.chatinbox.core.spi.carrier.CarrierWebhook}, which verifies a raw webhook request and reads it
 * into a carrier-neutral {@link dev.chatinbox.core.spi.carrier.WebhookVerdict}. Every Twilio- or
 * SendGrid-specific fact (signatures, status words, error codes, form fields, callback URLs) lives
 * in the adapters under {@code infrastructure.carrier.<name>}.
 */
package dev.chatinbox.core.spi.carrier;
