/**
 * What becomes of a message after the carrier took it: carrier status reports (callbacks, event
 * batches, reconciliation) move its status forward once, keep the raw events, and turn consent
 * withdrawals into do-not-disturb; messages whose reports never came are looked up.
 */
package dev.chatinbox.core.application.delivery;
