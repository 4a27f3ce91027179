package dev.chatinbox.core.application.realtime;

import dev.chatinbox.core.domain.change.InboxChange;

/**
 * CDI event fired for every change-log entry. Observers that talk to clients must observe it {@code
 * during = TransactionPhase.AFTER_SUCCESS}: then they see only committed changes, and the entry's
 * sequence is set.
 */
public record InboxChanged(InboxChange change) {}
