/**
 * Carrier configuration and selection shared by the adapters below it: one settings holder per
 * integration ({@link dev.chatinbox.core.infrastructure.carrier.twilio.TwilioSettings}, {@link
 * dev.chatinbox.core.infrastructure.carrier.sendgrid.SendGridSettings}), the producer that picks
 * the real carrier or the sandbox ({@link
 * dev.chatinbox.core.infrastructure.carrier.CarrierSelection}), and how failures reach the outbox
 * ({@link dev.chatinbox.core.infrastructure.carrier.CarrierFailures}, {@link
 * dev.chatinbox.core.infrastructure.carrier.CarrierRefusal}, {@link
 * dev.chatinbox.core.infrastructure.carrier.CarrierCall}). The adapters themselves live in {@code
 * twilio}, {@code sendgrid} and {@code sandbox}.
 */
package dev.chatinbox.core.infrastructure.carrier;
