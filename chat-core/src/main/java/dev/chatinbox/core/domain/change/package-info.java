/**
 * The inbox change log: every change a client must see (a new message, a status change, a
 * conversation update or deletion), appended in the transaction that made it, numbered in commit
 * order. Real-time delivery and polling read it; nothing is announced before it commits.
 */
package dev.chatinbox.core.domain.change;
