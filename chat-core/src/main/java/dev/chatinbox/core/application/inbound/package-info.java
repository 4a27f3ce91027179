/**
 * What contacts send us: verified carrier webhooks reach the inbox through {@link
 * dev.chatinbox.core.application.inbound.CarrierWebhooks} (one entry point for every carrier), and
 * inbound SMS, WhatsApp and email land in their conversation (created when new), with consent
 * keywords honoured; the sandbox's simulated inbound takes the same path.
 */
package dev.chatinbox.core.application.inbound;
