/**
 * Real-time updates over WebSocket ({@code /ws/conversations}, spec 5 option A): authenticated at
 * the handshake, fed from the change log after commit, each connection with its own bounded queue.
 */
package dev.chatinbox.api.websocket;
