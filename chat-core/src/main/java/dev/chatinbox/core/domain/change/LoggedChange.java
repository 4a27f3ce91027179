package dev.chatinbox.core.domain.change;

/**
 * A change as read back from the log, with its position.
 *
 * @param sequence the log position (commit order; gaps are possible, order is not broken)
 * @param change what changed
 */
public record LoggedChange(long sequence, InboxChange change) {}
