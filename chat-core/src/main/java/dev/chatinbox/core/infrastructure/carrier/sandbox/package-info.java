/**
 * The zero-setup carriers used while no Twilio or SendGrid credentials are configured: they accept
 * every message without sending anything and answer with a receipt marked {@code sandbox}; the
 * outbox then reports the message sent and delivered through the status path real carriers use.
 */
package dev.chatinbox.core.infrastructure.carrier.sandbox;
