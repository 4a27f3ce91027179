package dev.chatinbox.core.domain.change;

import java.time.Instant;
import java.util.List;

/** The change log's storage. */
public interface InboxChangeRepository {
  /**
   * Appends an entry as part of the current transaction. It is written at the end of the
   * transaction, under the log's ordering lock, so that sequence numbers follow commit order.
   */
  void append(InboxChange change);

  /** Entries after {@code sequence}, in order, at most {@code limit}. */
  List<LoggedChange> after(long sequence, int limit);

  /** The first entries that occurred after {@code time}, in order, at most {@code limit}. */
  List<LoggedChange> occurredAfter(Instant time, int limit);

  /** The position of the newest entry (0 when the log is empty). */
  long head();

  /** Deletes entries that occurred before {@code time}; returns how many. */
  int pruneBefore(Instant time);
}
