/**
 * Conversations as the inbox shows them: listing (filters, sort, keyset pages, totals), one
 * conversation, search, starring and read state, deletion, and the read-side settings they use.
 */
package dev.chatinbox.core.application.conversation;
