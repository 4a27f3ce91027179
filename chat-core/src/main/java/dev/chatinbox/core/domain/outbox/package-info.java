/**
 * The outbox entry of a message on its way to a carrier ({@code pending}, {@code in_flight}, {@code
 * done}) and its repository. The carriers themselves are ports in {@code
 * dev.chatinbox.core.spi.carrier}.
 */
package dev.chatinbox.core.domain.outbox;
