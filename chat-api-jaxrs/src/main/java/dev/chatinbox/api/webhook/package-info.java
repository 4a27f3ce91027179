/**
 * Carrier webhooks (public, no JWT): Twilio status callbacks and incoming messages, SendGrid's
 * Event Webhook and Inbound Parse. Each request is verified by the carrier's signature or shared
 * secret before anything is read into the inbox; a failed check is 403 and changes nothing.
 */
package dev.chatinbox.api.webhook;
