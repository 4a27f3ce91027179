/**
 * SMS and WhatsApp through Twilio's Messages API with the official SDK ({@code com.twilio.sdk}):
 * the adapter ({@link dev.chatinbox.core.infrastructure.carrier.twilio.TwilioTextCarrier}), the
 * HTTP client that points the SDK at the configured base URL, and the mapping of Twilio's error
 * codes to transient or permanent failures.
 */
package dev.chatinbox.core.infrastructure.carrier.twilio;
