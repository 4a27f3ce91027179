/**
 * Ports that other code implements for the core: the change signal that wakes other nodes, the
 * schema migration, demo data and development key the server starts with, the shared send counters.
 * Carrier ports (out and in) are in {@code spi.carrier}. Implementations live in {@code
 * infrastructure}; the application depends on these interfaces only.
 */
package dev.chatinbox.core.spi;
