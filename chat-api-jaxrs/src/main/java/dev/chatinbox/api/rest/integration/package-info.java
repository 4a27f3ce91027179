/**
 * Integrator endpoints (ADMIN only): webhook subscriptions with their deliveries, and the events
 * list ({@code GET /events}).
 */
package dev.chatinbox.api.rest.integration;
