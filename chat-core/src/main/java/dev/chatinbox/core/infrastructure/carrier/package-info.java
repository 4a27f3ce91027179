/**
 * What the carrier adapters below it share, and nothing carrier-specific: the {@link
 * dev.chatinbox.core.infrastructure.carrier.CarrierAdapter} qualifier every adapter carries with
 * its name, the producer that gives the application the configured carriers ({@link
 * dev.chatinbox.core.infrastructure.carrier.CarrierSelection}: {@code chat.carrier.text} / {@code
 * chat.carrier.email}, or the configured real carrier, else the sandbox), and how failures reach
 * the outbox ({@link dev.chatinbox.core.infrastructure.carrier.CarrierFailures}, {@link
 * dev.chatinbox.core.infrastructure.carrier.CarrierRefusal}, {@link
 * dev.chatinbox.core.infrastructure.carrier.CarrierCall}). Each carrier lives in its own package —
 * {@code twilio}, {@code sendgrid}, {@code sandbox} — with its settings, SDK calls, status and
 * error mappings, webhook verification and parsing ({@code CarrierWebhook}); adding a carrier adds
 * a package, not a change here.
 */
package dev.chatinbox.core.infrastructure.carrier;
