/**
 * Outbound webhooks for integrators: the endpoints an administrator subscribes, the deliveries
 * queued for each from the change log, and the attempts made to deliver them.
 */
package dev.chatinbox.core.domain.webhook;
