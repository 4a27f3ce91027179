/** Signals between server nodes: Redis pub/sub when configured, else none (single node). */
package dev.chatinbox.core.infrastructure.events;
