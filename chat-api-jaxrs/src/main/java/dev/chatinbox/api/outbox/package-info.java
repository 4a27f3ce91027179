/** Runs the core's outbox dispatcher on the server's managed executor. */
package dev.chatinbox.api.outbox;
