/**
 * The change feed: every change a client must see is appended to the change log in the transaction
 * that made it ({@link dev.chatinbox.core.application.realtime.InboxEvents}), numbered in commit
 * order, read back for WebSocket delivery and polling, and pruned after the retention period.
 */
package dev.chatinbox.core.application.realtime;
