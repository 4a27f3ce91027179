/**
 * Events for integrators: the change log rendered as integrator events (the WebSocket's data
 * shapes), and the driver of webhook fan-out and delivery on this node.
 */
package dev.chatinbox.api.events;
