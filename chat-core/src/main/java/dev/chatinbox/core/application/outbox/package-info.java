/**
 * The outbox: claims due messages ({@code FOR UPDATE SKIP LOCKED}), records each attempt before its
 * carrier call, hands the message to the carrier port, records the outcome, paces senders, backs
 * off on transient failures and reconciles calls whose outcome is unknown.
 */
package dev.chatinbox.core.application.outbox;
