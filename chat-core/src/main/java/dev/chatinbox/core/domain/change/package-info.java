/**
 * The inbox change log: every change a client must see (a new message, a status change, a
 * conversation created, updated or deleted, a contact created, updated or deleted), appended in the
 * transaction that made it, numbered in commit order. Real-time delivery and polling read the
 * spec's types of it, integrators (webhooks, the events API) all of it; nothing is announced before
 * it commits.
 */
package dev.chatinbox.core.domain.change;
