/**
 * Outbound webhooks and the events API for integrators: subscriptions (ADMIN), the fan-out of the
 * change log into per-endpoint queues, delivery with retries, signing (Standard Webhooks), secrets
 * at rest and the address rules that keep deliveries off internal networks.
 */
package dev.chatinbox.core.application.webhook;
