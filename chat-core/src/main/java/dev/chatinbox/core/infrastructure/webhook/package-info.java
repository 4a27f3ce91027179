/** The HTTP client of outbound webhooks: one request on a socket to an address already checked. */
package dev.chatinbox.core.infrastructure.webhook;
